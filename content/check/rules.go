package check

// rule is a check rule kept in a file of its own: each file registers its
// rules with register in an init function, so rules added in parallel do
// not touch the same lines. They run after the rules in check.go, in the
// order of their files' names.
type rule struct {
	name  string
	check func(c *checker)
	// warns says the rule can only warn, so a count of errors skips it.
	warns bool
}

var rules []rule

func register(name string, warns bool, check func(c *checker)) {
	rules = append(rules, rule{name: name, warns: warns, check: func(c *checker) {
		if warns && c.errorsOnly {
			return
		}
		check(c)
	}})
}
