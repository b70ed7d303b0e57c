package check

import "github.com/privatliv/privatliv/drafts"

// Short names for the answer types the rules read.
type (
	subject = drafts.Subject
	purpose = drafts.Purpose
	vendor  = drafts.Vendor
)
