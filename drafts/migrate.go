package drafts

import (
	"bytes"
	"fmt"
	"reflect"
	"regexp"
)

var (
	schemaLineRE = regexp.MustCompile(`(?m)^([ \t]*schema[ \t]*=[ \t]*)1([ \t]*(?:#.*)?)$`)
	otherGroupRE = regexp.MustCompile(`(?m)^([ \t]*)group[ \t]*=[ \t]*"other"[ \t]*(?:#.*)?$`)
)

// Migrate rewrites the text of an answer file in an older schema as
// SchemaVersion, changing only the lines the upgrade needs, so comments,
// order and layout stay as the user left them. It refuses (and changes
// nothing) unless the new text reads back as exactly the answers Upgrade
// gives in memory. A file already at SchemaVersion is returned unchanged.
func Migrate(name string, data []byte) ([]byte, error) {
	old, err := Parse(name, data)
	if err != nil {
		return nil, err
	}
	return old.Migrate()
}

// Migrate is the file's text as SchemaVersion (see Migrate), from the text
// it was loaded from: the file is not read or parsed again. Line ends and a
// byte order mark stay as they were.
func (f *File) Migrate() ([]byte, error) {
	if f.Schema == SchemaVersion {
		return f.data, nil
	}
	form := textForm(f.data)
	out, err := migrate(f, form.strip(f.data))
	if err != nil {
		return nil, err
	}
	return form.apply(out), nil
}

func migrate(old *File, data []byte) ([]byte, error) {
	name := old.Path
	loc := schemaLineRE.FindSubmatchIndex(data)
	if loc == nil || bytes.Contains(data[:loc[0]], []byte("\n[")) || bytes.HasPrefix(data, []byte("[")) {
		return nil, fmt.Errorf("%s: fandt ikke linjen 'schema = 1' øverst i filen; ret den selv til 'schema = %d'", name, SchemaVersion)
	}
	var out bytes.Buffer
	out.Write(data[:loc[3]])
	fmt.Fprint(&out, SchemaVersion)
	rest := data[loc[3]+1:]
	// Own groups after the first get the id Upgrade gives them.
	n := 0
	last := 0
	for _, m := range otherGroupRE.FindAllSubmatchIndex(rest, -1) {
		n++
		if n == 1 {
			continue
		}
		out.Write(rest[last:m[1]])
		fmt.Fprintf(&out, "\n%sid = \"other-%d\"", rest[m[2]:m[3]], n)
		last = m[1]
	}
	out.Write(rest[last:])

	got, err := Parse(name, out.Bytes())
	if err != nil || !reflect.DeepEqual(got.Answers, old.Answers) {
		return nil, fmt.Errorf("%s: kunne ikke opgradere filen uden at ændre svarene; gem den fra guiden med 'privatliv edit %s' i stedet", name, name)
	}
	return out.Bytes(), nil
}
