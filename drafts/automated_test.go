package drafts

import "testing"

func TestValidateAutomatedAndProfiling(t *testing.T) {
	f := loadExample(t, "helle-falsberg.toml")
	a := *f.Answers
	a.Automated = Automated{Exception: "kontrakt", Profiling: "ja"}
	ps := Validate(&a)
	if !hasProblem(ps, "automated.exception", "ukendt undtagelse") {
		t.Errorf("unknown art. 22(2) exception not reported: %+v", ps)
	}
	if !hasProblem(ps, "automated.profiling", "ukendt svar om profilering") {
		t.Errorf("unknown profiling answer not reported: %+v", ps)
	}
	a.Automated = Automated{Profiling: "marketing"}
	if ps := Validate(&a); !hasProblem(ps, "automated.profiling_description", "beskrivelse af profileringen") {
		t.Errorf("profiling without a description not reported: %+v", ps)
	}
	a.Automated = Automated{Profiling: "no"}
	if ps := Validate(&a); len(ps) != 0 {
		t.Errorf("profiling = no needs nothing more: %+v", ps)
	}
}
