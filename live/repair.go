package live

import (
	"bufio"
	"os"
	"path/filepath"
	"time"

	"eventday/checkin"
	"eventday/journal"
	"eventday/program"
)

// DamagedSuffix is added to a log's name for the file that keeps the lines
// Repair set aside.
const DamagedSuffix = ".damaged"

// Repaired is what Repair did to one log.
type Repaired struct {
	File string // ShowLog or checkin.AttendanceFile
	Kept int    // lines kept
	// Aside are the numbers of the lines set aside, in order: each damaged
	// line, and each line after it that no longer fits without it (for the
	// cue log, every line from the first damaged one on). Empty when the log
	// needed no repair.
	Aside []int
	// Backup is the file as it was, whole; Damaged the file the lines set
	// aside were added to. Both are names in the folder.
	Backup, Damaged string
}

// Repair sets aside the damaged lines of both logs of the folder dir, under
// its lock (so never while the app has it open), and loses nothing: each
// log that needs it is first kept whole as a backup (the log's name with
// ".bak-" and the time), its damaged lines are added to the log's name with
// DamagedSuffix, and only then is it replaced, atomically, by the lines that
// still replay. A line is damaged when it is no record, or a record that
// does not fit the ones kept before it:
//
//   - in attendance.jsonl, and in each journal of the records received
//     from other gates (gates/), only that line goes, and any later line that
//     needed it (the undo of a sign-in set aside); every other sign-in stays
//     and counts;
//   - in show.jsonl the cues after a damaged one go too: cues are numbered
//     one after another and an undo names a cue by its number, so a cue
//     after a lost one would be read against a show that never was (only a
//     cue that still follows on, after a line that merely repeats one, is
//     kept). The show resumes as it stood before the damage; the cues set
//     aside are there for a person to redo.
//
// A cue naming an act no longer in event.yaml is not damage: Repair refuses
// it (a *DamageError with Programme set) and changes nothing, since putting
// the act back mends it without setting the show back. A torn last line
// alone needs no repair (the next start sets it aside); with damage before
// it, it goes with the damaged lines.
func Repair(dir string, now time.Time) ([]Repaired, error) {
	plan, err := program.LoadPlan(dir)
	if err != nil {
		return nil, bad(err)
	}
	lock, err := lockFolder(dir, "repair", now.In(plan.Location))
	if err != nil {
		return nil, err
	}
	repairs := make([]*logRepair, 0, 2)
	for _, name := range append([]string{ShowLog, checkin.AttendanceFile}, gateFiles(dir)...) {
		p, err := prepareRepair(dir, name, plan)
		if err != nil {
			lock.release(true)
			return nil, err
		}
		repairs = append(repairs, p)
	}
	var out []Repaired
	changed := false
	stamp := now.In(plan.Location).Format("20060102-1504")
	for _, p := range repairs {
		r := Repaired{File: p.name, Kept: len(p.keep)}
		for _, a := range p.aside {
			r.Aside = append(r.Aside, a.no)
		}
		if len(p.aside) > 0 {
			changed = true
			if r.Backup, r.Damaged, err = p.carryOut(stamp); err != nil {
				lock.release(false)
				return out, err
			}
		}
		out = append(out, r)
	}
	return out, lock.release(!changed)
}

// logRepair is what Repair will do to one log.
type logRepair struct {
	name, path string
	keep       []journal.Line
	aside      []asidePiece
}

// asidePiece is a line set aside: its bytes, or where they lie in the file
// when they are too many to hold.
type asidePiece struct {
	no     int
	data   []byte
	off, n int64
}

// prepareRepair reads the log name of dir and sorts its lines into those kept
// and those set aside, changing nothing.
func prepareRepair(dir, name string, plan *program.Plan) (*logRepair, error) {
	p := &logRepair{name: name, path: filepath.Join(dir, name)}
	c, err := journal.Read(p.path)
	if err != nil {
		return nil, err
	}
	// fits folds one line into the log and says whether it fits.
	var fits func(journal.Line) bool
	var refused *DamageError
	if name == ShowLog {
		show := program.NewShow(plan)
		fits = func(l journal.Line) bool {
			err := applyCue(show, l.Data)
			if err != nil && err.Programme && len(p.aside) == 0 && refused == nil {
				err.File, err.Line = name, l.No
				refused = err
			}
			return err == nil
		}
	} else {
		// A gate's journal holds that gate's records alone.
		origin, gate := gateOf(name)
		att := checkin.NewAttendance(nil, plan.Location)
		fits = func(l journal.Line) bool {
			rec, err := checkin.Decode(l.Data)
			return err == nil && (!gate || rec.Origin == origin) && att.Apply(rec) == nil
		}
	}
	long := c.Long
	for _, l := range c.Lines {
		for len(long) > 0 && long[0].No < l.No {
			p.aside = append(p.aside, asidePiece{no: long[0].No, off: long[0].Off, n: long[0].Len + 1})
			long = long[1:]
		}
		if fits(l) {
			p.keep = append(p.keep, l)
		} else {
			p.aside = append(p.aside, asidePiece{no: l.No, data: l.Data})
		}
	}
	if refused != nil {
		return nil, refused
	}
	for _, l := range long {
		p.aside = append(p.aside, asidePiece{no: l.No, off: l.Off, n: l.Len + 1})
	}
	if len(p.aside) > 0 && c.TornSize > 0 {
		p.aside = append(p.aside, asidePiece{no: c.TornLine(), off: c.Size, n: c.TornSize})
	}
	return p, nil
}

// carryOut keeps the log whole as a backup, adds the lines set aside to its
// .damaged file, and replaces it by the lines kept. It returns the names of
// the backup and of the .damaged file.
func (p *logRepair) carryOut(stamp string) (backup, damaged string, err error) {
	if backup, err = journal.Backup(p.path, stamp); err != nil {
		return "", "", err
	}
	damaged = p.path + DamagedSuffix
	if err := p.writeAside(damaged); err != nil {
		return "", "", err
	}
	if err := journal.Rewrite(p.path, p.keep); err != nil {
		return "", "", err
	}
	// Named as the log is, in the folder: gates/east.jsonl.damaged.
	in := func(file string) string {
		return filepath.ToSlash(filepath.Join(filepath.Dir(p.name), filepath.Base(file)))
	}
	return in(backup), in(damaged), nil
}

// writeAside appends the lines set aside to the file at path, one a line,
// and fsyncs it.
func (p *logRepair) writeAside(path string) (err error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	w := bufio.NewWriter(f)
	for _, a := range p.aside {
		if a.data != nil {
			w.Write(a.data)
			w.WriteByte('\n')
			continue
		}
		if err := w.Flush(); err != nil {
			return err
		}
		if err := journal.CopyRange(p.path, a.off, a.n, f); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Sync()
}
