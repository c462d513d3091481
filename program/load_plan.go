package program

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"golang.org/x/text/width"

	"eventday/i18n"
	"eventday/input"
)

// EventFile is the name of the programme file in an event folder.
const EventFile = "event.yaml"

// DefaultCallAhead is how early performers are called when event.yaml does
// not say.
const DefaultCallAhead = 10 * time.Minute

// The keys event.yaml knows, in the order the documentation lists them.
func topKeys() []string { return []string{"event", "acts", "acts_csv"} }
func eventKeys() []string {
	return []string{"name", "date", "venue", "start", "timezone", "capacity", "call_ahead"}
}
func actKeys() []string {
	return []string{"id", "title", "performers", "duration", "intro", "notes", "contact"}
}

// LoadPlan reads dir/event.yaml, and the act spreadsheet it names if any,
// which must be in the folder.
func LoadPlan(dir string) (*Plan, error) {
	file := filepath.Join(dir, EventFile)
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		if err := input.Misnamed(dir, EventFile, file); err != nil {
			return nil, err
		}
		if _, serr := os.Stat(dir); errors.Is(serr, fs.ErrNotExist) {
			// The folder's name is what is wrong, not the file's.
			return nil, input.Problem(dir, 0, func(t *i18n.Text) string { return t.Files.NoFolder })
		}
	}
	if err != nil {
		return nil, input.CannotRead(file, err)
	}
	var sheet string
	plan, err := ParsePlan(file, data, func(name string) ([]byte, error) {
		sheet = name
		return readInFolder(dir, name)
	})
	if plan != nil {
		plan.ActsFile = sheet
	}
	return plan, err
}

// OutsideFolderError refuses a file event.yaml names outside the event
// folder: an absolute path, a path that climbs out with "..", or a link
// that leads out. Such a file is not read at all: a folder that came in a
// zip must not make eventday read (and quote in its errors) ~/.ssh or
// /etc/passwd.
type OutsideFolderError struct {
	Name string // as event.yaml gives it
}

// Error says it in English.
func (e *OutsideFolderError) Error() string { return e.In(english) }

// In says it in t's language, naming the file as event.yaml does.
func (e *OutsideFolderError) In(t *i18n.Text) string {
	return fmt.Sprintf(t.Folder.OutsideFolder, e.Name)
}

// english is the catalog Error methods word their messages from.
var english = i18n.For("en")

// readInFolder reads the file name, relative to the folder dir, refusing
// with an *OutsideFolderError one that is not inside it.
func readInFolder(dir, name string) ([]byte, error) {
	if !filepath.IsLocal(name) {
		return nil, &OutsideFolderError{Name: name}
	}
	// An os.Root follows links only as long as they stay inside it.
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	f, err := root.Open(name)
	if err != nil {
		if _, serr := os.Stat(filepath.Join(dir, name)); serr == nil {
			// There for the system, not for the root: a link out.
			return nil, &OutsideFolderError{Name: name}
		}
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// ParsePlan reads the plan from event.yaml's bytes; file names it in
// errors. readFile reads a file named in it (acts_csv) relative to the
// event folder. Every problem found is returned at once as input.Errors,
// each naming the file, the line and the field. On success the plan has at
// least one act, every act a title, a unique ID and a positive duration,
// Location is set and CallAhead defaults to 10 minutes.
func ParsePlan(file string, data []byte, readFile func(name string) ([]byte, error)) (*Plan, error) {
	p := &planParser{file: file, readFile: readFile}
	plan := p.parse(data)
	if err := p.errs.Err(); err != nil {
		return nil, err
	}
	if plan == nil {
		// Every path that gives up reports why; this guards the promise
		// that a nil plan never comes without an error.
		return nil, input.Problem(file, 0, func(t *i18n.Text) string { return t.Plan.Unreadable })
	}
	return plan, nil
}

// planParser walks event.yaml's syntax tree rather than decoding into
// structs: only the tree knows every key's line, and walking it lets one pass
// report every problem instead of the first.
type planParser struct {
	file     string
	readFile func(string) ([]byte, error)
	errs     input.Errors
	warnings input.Errors
}

// say reports a problem on line, at a key of the file (or none).
func (p *planParser) say(line int, at place, msg input.Msg, args ...any) {
	if at == (place{}) {
		p.errs.Add(input.Problem(p.file, line, msg, args...))
		return
	}
	p.errs.Add(input.AtKey(p.file, line, at, msg, args...))
}

// sayErr reports err, a problem worded already, on line at a key.
func (p *planParser) sayErr(line int, at place, err error) {
	p.errs.Add(&input.Error{File: p.file, Line: line, Field: at.String(), Key: at, Err: err})
}

func (p *planParser) parse(data []byte) *Plan {
	// Notepad on a Chinese Windows saves GBK unless told otherwise; read the
	// YAML the way the spreadsheets are read.
	text, err := input.DecodeFile(p.file, data)
	if err != nil {
		p.errs.Add(err)
		return nil
	}
	text = fullWidthColons(text)
	root, ok := p.document(text)
	if !ok {
		return nil
	}
	if root == nil {
		p.say(0, place{}, func(t *i18n.Text) string { return t.Plan.Empty })
		return nil
	}
	top, ok := p.mapping(root, place{}, func(t *i18n.Text) string { return t.Plan.NotMapping })
	if !ok {
		return nil
	}
	keys := p.keys(top, place{}, topKeys(), nil)

	plan := &Plan{CallAhead: DefaultCallAhead}
	if mv, ok := keys["event"]; ok {
		p.event(mv, plan)
	} else {
		p.say(1, place{key: "event"}, func(t *i18n.Text) string { return t.Plan.EventMissing })
	}
	plan.Acts = p.acts(keys)
	plan.Warnings = p.warnings
	return plan
}

// document parses text and returns the body of its only document: nil for
// an empty file, ok false after a syntax error, which is reported as the
// mistake a person typing YAML makes (see syntaxError).
func (p *planParser) document(text string) (body ast.Node, ok bool) {
	f, err := parseYAML(text)
	if err != nil {
		p.errs.Add(syntaxError(p.file, text, err))
		return nil, false
	}
	for _, doc := range f.Docs {
		if doc == nil || doc.Body == nil {
			continue
		}
		if body != nil {
			p.say(lineOf(doc.Body), place{}, func(t *i18n.Text) string { return t.Plan.SecondDocument })
			return nil, false
		}
		body = doc.Body
	}
	return body, true
}

// parseYAML guards the program against a panic inside the YAML library on
// input it did not foresee: a bad file must give an error, never a crash.
func parseYAML(text string) (f *ast.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, input.Message(func(t *i18n.Text) string { return t.Plan.ReaderFailed }, r)
		}
	}()
	return parser.ParseBytes([]byte(text), 0)
}

func (p *planParser) event(mv *ast.MappingValueNode, plan *Plan) {
	at := lineOf(mv.Key)
	m, ok := p.mapping(mv.Value, place{key: "event"}, func(t *i18n.Text) string { return t.Plan.EventNotMapping })
	if !ok {
		return
	}
	keys := p.keys(m, place{parent: "event"}, eventKeys(), nil)
	plan.Location = time.Local
	in := func(key string) place { return place{parent: "event", key: key} }

	if raw, line, ok := p.required(keys, in("name"), at, func(t *i18n.Text) string { return t.Plan.NameMissing }); ok {
		plan.Name = oneLine(raw)
		if plan.Name == "" {
			p.say(line, in("name"), func(t *i18n.Text) string { return t.Plan.NameEmpty })
		}
	}
	if raw, line, ok := p.required(keys, in("date"), at, func(t *i18n.Text) string { return t.Plan.DateMissing }); ok {
		date, err := parseDate(raw)
		if err != nil {
			p.sayErr(line, in("date"), err)
		}
		plan.Date = date
	}
	if raw, line, ok := p.required(keys, in("start"), at, func(t *i18n.Text) string { return t.Plan.StartMissing }); ok {
		start, err := parseClockTime(raw)
		if err != nil {
			p.sayErr(line, in("start"), err)
		}
		plan.Start = start
	}
	plan.Venue = oneLine(p.optional(keys["venue"], in("venue")))
	if mv, ok := keys["timezone"]; ok {
		plan.Timezone = strings.TrimSpace(p.optional(mv, in("timezone")))
		if plan.Timezone != "" {
			loc, err := time.LoadLocation(plan.Timezone)
			if err != nil {
				p.say(lineOf(mv.Key), in("timezone"), func(t *i18n.Text) string { return t.Plan.BadZone }, plan.Timezone)
			} else {
				plan.Location = loc
			}
		}
	}
	if mv, ok := keys["capacity"]; ok {
		if raw := strings.TrimSpace(p.optional(mv, in("capacity"))); raw != "" {
			n, err := strconv.Atoi(width.Narrow.String(raw))
			switch {
			case err != nil:
				p.say(lineOf(mv.Key), in("capacity"), func(t *i18n.Text) string { return t.Plan.NotWholeNumber }, raw)
			case n < 0:
				p.say(lineOf(mv.Key), in("capacity"), func(t *i18n.Text) string { return t.Plan.Negative })
			}
			plan.Capacity = n
		}
	}
	if mv, ok := keys["call_ahead"]; ok {
		if raw := p.optional(mv, in("call_ahead")); strings.TrimSpace(raw) != "" {
			d, err := ParseDuration(raw)
			if err != nil {
				p.sayErr(lineOf(mv.Key), in("call_ahead"), err)
			}
			plan.CallAhead = d
		}
	}
}

// required gives the text of a key that must be there and its line. It
// reports the key missing (on line at, where it belongs) or of the wrong
// kind, and then ok is false.
func (p *planParser) required(keys map[string]*ast.MappingValueNode, key place, at int, missing input.Msg) (raw string, line int, ok bool) {
	mv, has := keys[key.key]
	if !has {
		p.say(at, key, missing)
		return "", at, false
	}
	raw, ok = p.text(mv, key)
	return raw, lineOf(mv.Key), ok
}

// parseDate accepts YYYY-MM-DD naming a real day, full-width digits
// included.
func parseDate(raw string) (string, error) {
	s := strings.TrimSpace(width.Narrow.String(raw))
	if s == "" {
		return "", input.Message(func(t *i18n.Text) string { return t.Plan.DateEmpty })
	}
	if len(s) != len("2006-01-02") || s[4] != '-' || s[7] != '-' || !isDigits(s[:4]+s[5:7]+s[8:]) {
		return "", input.Message(func(t *i18n.Text) string { return t.Plan.NotDate }, raw)
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return "", input.Message(func(t *i18n.Text) string { return t.Plan.NotRealDate }, raw)
	}
	return s, nil
}

// parseClockTime accepts H:MM or HH:MM, full-width digits and colon
// included, and returns HH:MM.
func parseClockTime(raw string) (string, error) {
	s := strings.TrimSpace(width.Narrow.String(raw))
	if s == "" {
		return "", input.Message(func(t *i18n.Text) string { return t.Plan.TimeEmpty })
	}
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 || !isDigits(h) || !isDigits(m) {
		return "", input.Message(func(t *i18n.Text) string { return t.Plan.NotTime }, raw)
	}
	hour, _ := strconv.Atoi(h)
	minute, _ := strconv.Atoi(m)
	if hour > 23 {
		return "", input.Message(func(t *i18n.Text) string { return t.Plan.Hours }, raw)
	}
	if minute > 59 {
		return "", input.Message(func(t *i18n.Text) string { return t.Plan.Minutes }, raw)
	}
	return fmt.Sprintf("%02d:%02d", hour, minute), nil
}

// acts reads the act list from acts: or from the spreadsheet acts_csv:
// names; exactly one of the two must be there.
func (p *planParser) acts(keys map[string]*ast.MappingValueNode) []Act {
	list, hasList := keys["acts"]
	sheet, hasSheet := keys["acts_csv"]
	switch {
	case hasList && hasSheet:
		p.say(lineOf(sheet.Key), place{key: "acts_csv"}, func(t *i18n.Text) string { return t.Plan.BothActs }, lineOf(list.Key))
		return nil
	case hasSheet:
		return p.actsCSV(sheet)
	case hasList:
		return p.actList(list)
	}
	p.say(1, place{key: "acts"}, func(t *i18n.Text) string { return t.Plan.ActsMissing })
	return nil
}

func (p *planParser) actsCSV(mv *ast.MappingValueNode) []Act {
	at, here := lineOf(mv.Key), place{key: "acts_csv"}
	name, ok := p.text(mv, here)
	name = strings.TrimSpace(name)
	if !ok {
		return nil
	}
	if name == "" {
		p.say(at, here, func(t *i18n.Text) string { return t.Plan.SheetEmpty })
		return nil
	}
	if p.readFile == nil {
		p.say(at, here, func(t *i18n.Text) string { return t.Plan.NoSheetHere }, name)
		return nil
	}
	data, err := p.readFile(name)
	var outside *OutsideFolderError
	switch {
	case errors.As(err, &outside):
		// Its own words name the file and why it was not read.
		p.sayErr(at, here, outside)
		return nil
	case err != nil:
		p.say(at, here, func(t *i18n.Text) string { return t.Plan.CannotReadSheet }, name, input.Reason(err))
		return nil
	}
	// Name the spreadsheet as the volunteer would find it: beside the
	// event.yaml this file is.
	csvFile := name
	if !filepath.IsAbs(name) {
		csvFile = filepath.Join(filepath.Dir(p.file), name)
	}
	acts, warnings, err := readActsCSV(csvFile, data)
	p.errs.Add(err)
	p.warnings = append(p.warnings, warnings...)
	return acts
}

func (p *planParser) actList(mv *ast.MappingValueNode) []Act {
	at, here := lineOf(mv.Key), place{key: "acts"}
	node, ok := p.unwrap(mv.Value, here)
	if !ok {
		return nil
	}
	if isNull(node) {
		p.say(at, here, func(t *i18n.Text) string { return t.Plan.NoActs })
		return nil
	}
	seq, isSeq := node.(*ast.SequenceNode)
	if !isSeq {
		p.say(at, here, func(t *i18n.Text) string { return t.Plan.ActsNotList })
		return nil
	}
	if len(seq.Values) == 0 {
		p.say(at, here, func(t *i18n.Text) string { return t.Plan.NoActs })
		return nil
	}
	var drafts []actDraft
	for i, v := range seq.Values {
		line := lineOf(v)
		if i < len(seq.Entries) && seq.Entries[i] != nil && seq.Entries[i].Start != nil {
			line = seq.Entries[i].Start.Position.Line
		}
		if d, ok := p.act(v, i+1, line); ok {
			drafts = append(drafts, d)
		}
	}
	checkUniqueIDs(p.file, drafts, func(t *i18n.Text) string { return t.Plan.HintID }, &p.errs)
	acts := make([]Act, len(drafts))
	for i, d := range drafts {
		acts[i] = d.act
	}
	return acts
}

// act reads the n-th act (counted from 1, as a volunteer counts) that starts
// on line.
func (p *planParser) act(node ast.Node, n, line int) (actDraft, bool) {
	here := place{act: n}
	in := func(key string) place { return place{act: n, key: key} }
	m, ok := p.mapping(node, here, func(t *i18n.Text) string { return t.Plan.ActNotMapping })
	if !ok {
		return actDraft{}, false
	}
	if m == nil {
		p.say(line, here, func(t *i18n.Text) string { return t.Plan.ActEmpty })
		return actDraft{}, false
	}
	keys := p.keys(m, here, actKeys(), actKeyAliases())
	d := actDraft{
		idKey:     in("id"),
		titleKey:  in("title"),
		titleLine: line,
	}
	titleOK := false
	if raw, line, ok := p.required(keys, in("title"), line, func(t *i18n.Text) string { return t.Plan.TitleMissing }); ok {
		d.titleLine = line
		d.act.Title = oneLine(raw)
		titleOK = d.act.Title != ""
		if !titleOK {
			p.say(line, in("title"), func(t *i18n.Text) string { return t.Plan.TitleEmpty })
		}
	}
	d.ref = actRef{act: n, line: line}
	durationOK := false
	if raw, line, ok := p.required(keys, in("duration"), line, func(t *i18n.Text) string { return t.Plan.DurationMissing }); ok {
		dur, err := ParseDuration(raw)
		if err != nil {
			p.sayErr(line, in("duration"), err)
		}
		d.act.Duration = dur
		durationOK = err == nil
	}
	if mv, has := keys["id"]; has {
		d.idLine = lineOf(mv.Key)
		d.act.ID = oneLine(p.optional(mv, in("id")))
	}
	d.act.Performers = oneLine(p.optional(keys["performers"], in("performers")))
	d.act.Intro = strings.TrimSpace(p.optional(keys["intro"], in("intro")))
	d.act.Notes = strings.TrimSpace(p.optional(keys["notes"], in("notes")))
	d.act.Contact = oneLine(p.optional(keys["contact"], in("contact")))
	ok = titleOK && durationOK
	if !ok {
		return actDraft{}, false
	}
	d.idGiven = d.act.ID != ""
	if !d.idGiven {
		d.act.ID = d.act.Title
	}
	return d, true
}

// actKeyAliases maps the spreadsheet's Chinese headers to act keys, so that
// "时长:" in event.yaml gets a suggestion too.
func actKeyAliases() map[string]string {
	out := map[string]string{}
	for _, c := range actColumns() {
		for _, a := range c.Aliases {
			out[a] = c.Name
		}
	}
	return out
}

// keys indexes a mapping's known keys and reports the others, suggesting
// the key meant when one is near. under is where the mapping is: the
// event block, an act, or the top of the file.
func (p *planParser) keys(m []*ast.MappingValueNode, under place, known []string, aliases map[string]string) map[string]*ast.MappingValueNode {
	out := map[string]*ast.MappingValueNode{}
	for _, mv := range m {
		key, ok := scalarText(mv.Key)
		line := lineOf(mv.Key)
		if !ok {
			p.say(line, under.up(), func(t *i18n.Text) string { return t.Plan.KeyNotWord }, known[0])
			continue
		}
		if slices.Contains(known, key) {
			out[key] = mv
			continue
		}
		at := under
		at.key = key
		suggestion := aliases[key]
		if suggestion == "" {
			suggestion = input.Suggest(key, known)
		}
		if suggestion != "" {
			p.say(line, at, func(t *i18n.Text) string { return t.Plan.UnknownKeyNear }, suggestion)
		} else {
			p.say(line, at, func(t *i18n.Text) string { return t.Plan.UnknownKey }, input.List(known...))
		}
	}
	return out
}

// mapping returns the key-value pairs of a mapping node, nil for an empty
// value, and reports any other kind of value with want.
func (p *planParser) mapping(n ast.Node, at place, want input.Msg) ([]*ast.MappingValueNode, bool) {
	n, ok := p.unwrap(n, at)
	if !ok {
		return nil, false
	}
	switch v := n.(type) {
	case *ast.MappingNode:
		return v.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{v}, true
	}
	if isNull(n) {
		return nil, true
	}
	p.say(lineOf(n), at, want)
	return nil, false
}

// text returns a scalar value as the file wrote it: 13812345678 stays
// digits, 14:30 stays a time. A missing or empty value is "". A list, a
// mapping or an alias where text belongs is reported, and ok is false so
// that the caller does not report the same value again as empty.
func (p *planParser) text(mv *ast.MappingValueNode, at place) (s string, ok bool) {
	if mv == nil {
		return "", true
	}
	n, ok := p.unwrap(mv.Value, at)
	if !ok {
		return "", false
	}
	if isNull(n) {
		return "", true
	}
	if s, ok := scalarText(n); ok {
		return s, true
	}
	if _, isSeq := n.(*ast.SequenceNode); isSeq {
		p.say(lineOf(mv.Key), at, func(t *i18n.Text) string { return t.Plan.NotTextList })
	} else {
		p.say(lineOf(mv.Key), at, func(t *i18n.Text) string { return t.Plan.NotText })
	}
	return "", false
}

// optional is text for the fields that may be left out, where a wrong
// value has been reported and nothing more is to be said.
func (p *planParser) optional(mv *ast.MappingValueNode, at place) string {
	s, _ := p.text(mv, at)
	return s
}

// scalarText gives the text of a scalar node. Numbers, booleans and the like
// keep their source spelling: a phone number 0138… must not lose its zero.
func scalarText(n ast.Node) (string, bool) {
	n, ok := unwrapped(n)
	if !ok {
		return "", false
	}
	switch v := n.(type) {
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		if v.Value == nil {
			return "", true
		}
		return v.Value.Value, true
	case *ast.NullNode:
		return "", true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		if tk := n.GetToken(); tk != nil {
			return tk.Value, true
		}
	}
	return "", false
}

// unwrap looks through tags and anchors, and reports an alias. Aliases are
// refused: a programme has no use for them, and resolving them invites
// cycles.
func (p *planParser) unwrap(n ast.Node, at place) (ast.Node, bool) {
	n, ok := unwrapped(n)
	if !ok {
		p.say(lineOf(n), at, func(t *i18n.Text) string { return t.Plan.Alias })
	}
	return n, ok
}

// unwrapped looks through tags and anchors; ok is false, with the alias
// node, when it meets an alias.
func unwrapped(n ast.Node) (ast.Node, bool) {
	for {
		switch v := n.(type) {
		case *ast.TagNode:
			n = v.Value
		case *ast.AnchorNode:
			n = v.Value
		case *ast.MappingKeyNode:
			n = v.Value
		case *ast.AliasNode:
			return v, false
		default:
			return n, true
		}
	}
}

func isNull(n ast.Node) bool {
	if n == nil {
		return true
	}
	_, ok := n.(*ast.NullNode)
	return ok
}

// lineOf is the line a node starts on, 0 when the tree does not say.
func lineOf(n ast.Node) int {
	if n == nil {
		return 0
	}
	if m, ok := n.(*ast.MappingNode); ok && len(m.Values) > 0 && !m.IsFlowStyle {
		// A block mapping's own token is its first colon; its first key
		// is where a reader sees it start.
		return lineOf(m.Values[0].Key)
	}
	if mv, ok := n.(*ast.MappingValueNode); ok {
		return lineOf(mv.Key)
	}
	if _, ok := n.(*ast.DocumentNode); ok {
		return 0
	}
	tk := n.GetToken()
	if tk == nil || tk.Position == nil {
		return 0
	}
	return tk.Position.Line
}
