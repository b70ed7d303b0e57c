package policy
import ("os";"testing";"github.com/privatliv/privatliv/content/internal/testkit")
func TestZZScratch(t *testing.T){
 ex:=testkit.Examples(t)
 a:=ex[os.Getenv("EX")]
 os.WriteFile("/tmp/scratch/policy.md", Generate(a).Markdown(MarkdownOptions{}),0o644)
 os.WriteFile("/tmp/scratch/notice.md", GenerateNotice(a, []string{"employees","applicants"}).Markdown(MarkdownOptions{}),0o644)
}
