package tui

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/content/formtexts"
	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/content/processors"
	"github.com/privatliv/privatliv/content/record"
	"github.com/privatliv/privatliv/content/retention"
	"github.com/privatliv/privatliv/drafts"
)

// save writes the answer file and the policy next to it (same base name,
// .md and .html), each atomically. Unless force is set, it first checks that
// nobody changed the answer file on disk since it was opened or saved.
func (m *Model) save(force bool) tea.Cmd {
	if m.path == "" {
		return m.askPath()
	}
	if !force && m.changedOnDisk() {
		m.prevMode, m.mode = m.mode, modeOverwrite
		return nil
	}
	if m.offerChangeLog(force) {
		return nil
	}
	// The file on disk keeps its comments and layout; only changed values
	// are rewritten.
	saved, err := drafts.SaveFileFrom(m.path, m.a, m.opts.Source)
	if err != nil {
		m.setStatus("Kunne ikke gemme: "+err.Error(), true)
		return nil
	}
	// The header names the file, so this encoding is the one to compare with.
	m.markSaved()
	m.diskSum = saved.Data
	m.removeRecovery()
	base := strings.TrimSuffix(m.path, filepath.Ext(m.path))
	p := policy.Generate(m.a)
	m.refreshFindings()
	p.Errors, _ = check.Count(m.findings)
	md := p.Markdown(policy.MarkdownOptions{})
	page, err := p.HTML(content.HTMLOptions{})
	written := []string{m.path}
	if err == nil {
		err = m.writeBeside(base+".md", md)
	}
	if err == nil {
		written = append(written, base+".md")
		err = m.writeBeside(base+".html", page)
	}
	if err != nil {
		m.setStatus(fmt.Sprintf("Svarene er gemt i %s, men politikken kunne ikke skrives: %v", m.path, err), true)
		return nil
	}
	written = append(written, base+".html")
	// The record of processing, when the answers ask for it (document.record).
	if rp, data, rerr := record.RecordOnSave(m.a, m.path, drafts.DateOf(m.opts.Now())); rerr != nil {
		m.setStatus(fmt.Sprintf("Svarene og politikken er gemt, men fortegnelsen kunne ikke skrives: %v", rerr), true)
		return nil
	} else if rp != "" {
		if err := m.writeBeside(rp, data); err != nil {
			m.setStatus(fmt.Sprintf("Svarene og politikken er gemt, men fortegnelsen kunne ikke skrives: %v", err), true)
			return nil
		}
		written = append(written, rp)
	}
	// The other documents the answers ask for (document.write).
	docs, derr := m.writeDocuments(base)
	if len(docs) > 0 {
		// Each in Markdown and HTML: named once, so the line stays short.
		written = append(written, strings.Join(docs, ", ")+" (.md og .html)")
	}
	if derr != nil {
		m.setStatus(fmt.Sprintf("Svarene og politikken er gemt, men %v", derr), true)
		return nil
	}
	if m.opened != nil { // only files opened from disk have a published version to compare with
		m.opened = deepCopy(m.a)
	}
	m.changeLog = changeLog{}
	msg := "Gemt: " + strings.Join(written, ", ")
	if p.Errors > 0 {
		msg = "Gemt som udkast (ikke klar til offentliggørelse): " + strings.Join(written, ", ")
	}
	if saved.Backup != "" {
		msg += " – kommentarerne i den gamle fil kunne ikke bevares; den ligger i " + saved.Backup
	}
	if e, w := check.Count(m.findings); e+w > 0 {
		msg += fmt.Sprintf(" – %s og %s tilbage%s", plural(e, "fejl", "fejl"), plural(w, "advarsel", "advarsler"), m.say(" (ctrl+f)", ""))
		m.setStatus(msg, e > 0)
	} else {
		m.setStatus(msg+" – ingen fejl eller mangler", false)
	}
	return nil
}

// writeDocuments writes the documents document.write names next to the
// answer file, each as Markdown and HTML, and returns the paths written,
// without their extensions.
func (m *Model) writeDocuments(base string) ([]string, error) {
	day := drafts.DateOf(m.opts.Now())
	var written []string
	write := func(name string, md []byte, page []byte, err error) error {
		if err == nil {
			err = m.writeBeside(base+name+".md", md)
		}
		if err == nil {
			err = m.writeBeside(base+name+".html", page)
		}
		if err != nil {
			return fmt.Errorf("%s kunne ikke skrives: %v", base+name, err)
		}
		written = append(written, base+name)
		return nil
	}
	for _, doc := range m.a.Document.Write {
		var err error
		switch doc {
		case "notices":
			now := m.opts.Now()
			for _, n := range m.a.Document.Notices {
				p := policy.GenerateNotice(m.a, n.Groups)
				p.Errors = check.CountErrorsNotice(m.a, n.Groups, now)
				page, herr := p.HTML(content.HTMLOptions{})
				if err = write("-"+policy.NoticeSlug(m.a, n.Groups), p.Markdown(policy.MarkdownOptions{}), page, herr); err != nil {
					break
				}
			}
		case "processors":
			o := processors.New(m.a, day)
			page, herr := o.HTML()
			err = write(processors.FileSuffix, o.Markdown(), page, herr)
		case "retention":
			s := retention.New(m.a, day)
			page, herr := s.HTML()
			err = write(retention.FileSuffix, s.Markdown(), page, herr)
		case "texts":
			c := formtexts.New(m.a)
			page, herr := c.HTML()
			err = write(formtexts.FileSuffix, c.Markdown(), page, herr)
		}
		if err != nil {
			return written, err
		}
	}
	return written, nil
}

// writeBeside writes a document next to the answer file, never over the
// answer file itself (a link such as firma.md -> firma.toml).
func (m *Model) writeBeside(path string, data []byte) error {
	if a, err := os.Stat(path); err == nil {
		if b, err := os.Stat(m.path); err == nil && os.SameFile(a, b) {
			return fmt.Errorf("%s er svarfilen selv (et link), og dokumentet ville skrive svarene over", path)
		}
	}
	return drafts.WriteFileAtomic(path, data)
}

// changedOnDisk reports whether the answer file differs from what the
// wizard last read or wrote.
func (m *Model) changedOnDisk() bool {
	data, err := drafts.ReadFile(m.path, drafts.MaxFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return false // gone: saving recreates it
	}
	if err != nil {
		return true // something is in the way that we did not read: ask
	}
	if m.diskSum == nil {
		// a file we never read is in the way
		return true
	}
	return !bytes.Equal(data, m.diskSum)
}

func (m *Model) overwriteKey(k tea.KeyPressMsg) tea.Cmd {
	m.mode = m.prevMode
	switch k.String() {
	case "j", "y":
		return m.save(true)
	}
	m.setStatus("Ikke gemt. Filen på disken er uændret.", false)
	return nil
}

// askPath asks where a new answer file should be saved.
func (m *Model) askPath() tea.Cmd {
	m.saveAs = "privatlivspolitik.toml"
	if n := slug(m.a.Controller.Name); n != "" {
		m.saveAs = n + ".toml"
	}
	q := newQuestions()
	check := func(s string) error {
		s = strings.TrimSpace(s)
		if !strings.HasSuffix(s, ".toml") {
			return fmt.Errorf("filnavnet skal ende på .toml")
		}
		if info, err := os.Stat(filepath.Dir(s)); err != nil || !info.IsDir() {
			return fmt.Errorf("mappen %s findes ikke", filepath.Dir(s))
		}
		return nil
	}
	m.show(q.group("Gem",
		q.refuse(q.input("save_as", "Hvor skal svarene gemmes?", "Politikken gemmes ved siden af som .md og .html.", &m.saveAs, check)),
	))
	m.prevMode, m.mode = m.mode, modeSaveAs
	return m.formInit()
}
