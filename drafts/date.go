package drafts

import (
	"fmt"
	"time"
)

// Date is a calendar date without time or zone, written in TOML as a local
// date (2026-03-01) so answer files stay readable and stable.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads a date in the form 2026-03-01.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q er ikke en dato på formen ÅÅÅÅ-MM-DD", s)
	}
	return DateOf(t), nil
}

// DateOf is the calendar date of t.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d == Date{} }

// Time is the date at midnight UTC.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String is the ISO form, 2026-03-01, or "" when unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// MarshalTOML writes the date as a TOML local date.
func (d Date) MarshalTOML() ([]byte, error) {
	if d.IsZero() {
		return []byte(`""`), nil
	}
	return []byte(d.String()), nil
}

// UnmarshalTOML accepts a TOML local date or a string in ISO form.
func (d *Date) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case time.Time:
		if h, m, s := v.Clock(); h != 0 || m != 0 || s != 0 {
			return fmt.Errorf("skriv kun datoen, uden klokkeslæt (fx 2026-03-01)")
		}
		*d = DateOf(v)
		return nil
	case string:
		if v == "" {
			*d = Date{}
			return nil
		}
		p, err := ParseDate(v)
		if err != nil {
			return err
		}
		*d = p
		return nil
	}
	return fmt.Errorf("forventede en dato (fx 2026-03-01), fik %T", v)
}
