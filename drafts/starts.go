package drafts

import "fmt"

// Start is an answer file privatliv can start from: a built-in example or
// a kind's starting point. Tests that must hold for every questionnaire a
// user can begin with walk Starts, so a new starting point joins them.
type Start struct {
	Name string // "example helle-falsberg", "kind salon"
	// Load reads the answers afresh. A kind's starting point has no
	// effective date; the caller dates it.
	Load func() (*Answers, error)
}

// Starts lists every example and every kind's starting point.
func Starts() []Start {
	var out []Start
	for _, name := range Examples() {
		out = append(out, Start{Name: "example " + name, Load: func() (*Answers, error) { return Example(name) }})
	}
	for _, k := range Kinds() {
		out = append(out, Start{Name: "kind " + k.ID, Load: func() (*Answers, error) {
			a, err := KindAnswers(k.ID)
			if err != nil {
				return nil, fmt.Errorf("starting point %s: %w", k.ID, err)
			}
			return a, nil
		}})
	}
	return out
}
