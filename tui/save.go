package tui

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/privatliv/privatliv/content"
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
	p := content.Generate(m.a)
	m.refreshFindings()
	p.MarkDraft(m.findings)
	md := p.Markdown(content.MarkdownOptions{})
	page, err := p.HTML(content.HTMLOptions{})
	written := []string{m.path}
	if err == nil {
		err = drafts.WriteFileAtomic(base+".md", md)
	}
	if err == nil {
		written = append(written, base+".md")
		err = drafts.WriteFileAtomic(base+".html", page)
	}
	if err != nil {
		m.setStatus(fmt.Sprintf("Svarene er gemt i %s, men politikken kunne ikke skrives: %v", m.path, err), true)
		return nil
	}
	written = append(written, base+".html")
	// The record of processing, when the answers ask for it (document.record).
	if rp, data, rerr := content.RecordOnSave(m.a, m.path, drafts.DateOf(m.opts.Now())); rerr != nil {
		m.setStatus(fmt.Sprintf("Svarene og politikken er gemt, men fortegnelsen kunne ikke skrives: %v", rerr), true)
		return nil
	} else if rp != "" {
		if err := drafts.WriteFileAtomic(rp, data); err != nil {
			m.setStatus(fmt.Sprintf("Svarene og politikken er gemt, men fortegnelsen kunne ikke skrives: %v", err), true)
			return nil
		}
		written = append(written, rp)
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
	if e, w := content.Count(m.findings); e+w > 0 {
		msg += fmt.Sprintf(" – %s og %s tilbage%s", plural(e, "fejl", "fejl"), plural(w, "advarsel", "advarsler"), m.say(" (ctrl+f)", ""))
		m.setStatus(msg, e > 0)
	} else {
		m.setStatus(msg+" – ingen fejl eller mangler", false)
	}
	return nil
}

// changedOnDisk reports whether the answer file differs from what the
// wizard last read or wrote.
func (m *Model) changedOnDisk() bool {
	data, err := os.ReadFile(m.path)
	if err != nil {
		return false // gone or unreadable: saving recreates it
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

// recoveryPath is where unsaved answers are kept while the wizard runs.
func (m *Model) recoveryPath() string {
	if m.path != "" {
		abs, err := filepath.Abs(m.path)
		if err == nil {
			return filepath.Join(filepath.Dir(abs), "."+filepath.Base(abs)+".gendan")
		}
	}
	dir := m.opts.RecoveryDir
	if dir == "" {
		if d, err := os.UserCacheDir(); err == nil {
			dir = filepath.Join(d, "privatliv")
		} else {
			dir = os.TempDir()
		}
	}
	name := "ny-svarfil"
	if m.path != "" {
		sum := sha256.Sum256([]byte(m.path))
		name = hex.EncodeToString(sum[:6])
	}
	return filepath.Join(dir, name+".toml.gendan")
}

// writeRecovery saves unsaved answers so a crash or kill loses nothing.
func (m *Model) writeRecovery() {
	if !m.dirty() || m.seen == nil {
		return
	}
	p := m.recoveryPath()
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return
	}
	if err := drafts.WriteFileAtomic(p, m.recoveryData()); err != nil {
		m.setStatus("Advarsel: kunne ikke gemme gendannelsesfilen: "+err.Error(), true)
	}
}

// recoveryData is what the recovery file holds: the answers, and for a
// questionnaire not yet saved that started from a kind or an example, the
// starting point's comments too, so a restored questionnaire's first save
// keeps them as an unbroken one does.
func (m *Model) recoveryData() []byte {
	if m.opts.Source != nil && !m.opts.Existing && !fileExistsAt(m.path) {
		if data, err := drafts.Merge(m.opts.Source, m.a, orText(m.path, "svar.toml")); err == nil {
			return data
		}
	}
	return m.encoded()
}

func fileExistsAt(path string) bool {
	if path == "" {
		return false
	}
	_, err := os.Stat(path)
	return err == nil
}

func (m *Model) removeRecovery() { os.Remove(m.recoveryPath()) }
