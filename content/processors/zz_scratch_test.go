package processors
import ("os";"testing";"github.com/privatliv/privatliv/content/internal/testkit")
func TestZZScratch(t *testing.T){
 for n,a:=range testkit.Examples(t){
  os.WriteFile("/tmp/scratch/proc-"+n+".md", New(a, testkit.RecordDay).Markdown(),0o644)
 }
}
