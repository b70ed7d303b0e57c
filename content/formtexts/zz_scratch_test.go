package formtexts
import ("os";"testing";"github.com/privatliv/privatliv/content/internal/testkit")
func TestZZScratch(t *testing.T){
 for n,a:=range testkit.Examples(t){
  os.WriteFile("/tmp/scratch/txt-"+n+".md", New(a).Markdown(),0o644)
 }
}
