package content

// The page's internals, for the tests in package content_test, which
// compare them on the policies and records of every example.
var (
	MarkdownOnePass    = markdownOnePass
	MarkdownToHTML     = markdownToHTML
	MarkdownParts      = markdownParts
	NewCrossReferences = newCrossReferences
	RefLeads           = refLeads
)

// Replace is crossReferences.replace.
func (c crossReferences) Replace(h string) string { return c.replace(h) }
