package check

import (
	"os"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts/cookiescan"
)

// TestImportedCookiesKeepTheCookieRules: the cookies, vendors and consent
// purposes a scan adds to an answer file break none of check's cookie
// rules.
func TestImportedCookiesKeepTheCookieRules(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["tidsflow"])
	a.Cookies.Banner = true
	scan, err := os.ReadFile(testkit.Root(t) + "/drafts/cookiescan/testdata/import/butik.har")
	if err != nil {
		t.Fatal(err)
	}
	r, err := cookiescan.ImportCookies(scan, "butik.har")
	if err != nil {
		t.Fatal(err)
	}
	if added := r.ApplyTo(a); len(added) == 0 {
		t.Fatal("the scan added nothing; the test checks nothing")
	}
	for _, f := range Check(a, testkit.CheckDay) {
		if strings.HasPrefix(f.Path, "cookies") && f.Severity == SeverityError {
			t.Errorf("imported cookies break a cookie rule: %v", f)
		}
	}
}
