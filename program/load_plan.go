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

	"github.com/goccy/go-yaml"
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
	}
	if err != nil {
		return nil, &input.Error{File: file, Err: fmt.Errorf("cannot read: %w", pathCause(err))}
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

// pathCause drops the path from a file system error: the message around it
// already names the file.
func pathCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
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
		return nil, input.Errorf(file, 0, "", "cannot read this file as a programme")
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

func (p *planParser) errorf(line int, field, format string, args ...any) {
	p.errs.Addf(p.file, line, field, format, args...)
}

func (p *planParser) parse(data []byte) *Plan {
	// Notepad on a Chinese Windows saves GBK unless told otherwise; read the
	// YAML the way the spreadsheets are read.
	text, err := input.DecodeFile(p.file, data)
	if err != nil {
		p.errs.Add(err)
		return nil
	}
	root, ok := p.document(text)
	if !ok {
		return nil
	}
	if root == nil {
		p.errorf(0, "", "the file is empty; it must start with event: and then acts:")
		return nil
	}
	top, ok := p.mapping(root, "", "must start with event: and then acts:")
	if !ok {
		return nil
	}
	keys := p.keys(top, "", topKeys(), nil)

	plan := &Plan{CallAhead: DefaultCallAhead}
	if mv, ok := keys["event"]; ok {
		p.event(mv, plan)
	} else {
		p.errorf(1, "event", "missing; the file must start with event: (name, date, start)")
	}
	plan.Acts = p.acts(keys)
	plan.Warnings = p.warnings
	return plan
}

// document parses text and returns the body of its only document: nil for
// an empty file, ok false after a syntax error.
func (p *planParser) document(text string) (body ast.Node, ok bool) {
	f, err := parseYAML(text)
	if err != nil {
		line := 0
		msg := err.Error()
		var ye yaml.Error
		if errors.As(err, &ye) {
			msg = ye.GetMessage()
			if tk := ye.GetToken(); tk != nil && tk.Position != nil {
				line = tk.Position.Line
			}
		}
		p.errs.Add(&input.Error{File: p.file, Line: line, Err: fmt.Errorf("YAML syntax: %s", yamlHint(firstLine(msg)))})
		return nil, false
	}
	for _, doc := range f.Docs {
		if doc == nil || doc.Body == nil {
			continue
		}
		if body != nil {
			p.errorf(lineOf(doc.Body), "", "a second YAML document (after ---); one event a file")
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
			f, err = nil, fmt.Errorf("the YAML reader failed on this file (%v)", r)
		}
	}()
	return parser.ParseBytes([]byte(text), 0)
}

// yamlHint adds to the YAML reader's message the likely fix for the
// mistakes people make typing YAML by hand.
func yamlHint(msg string) string {
	switch {
	case strings.Contains(msg, "\t") || strings.Contains(msg, "tab character"):
		return "a tab where YAML needs spaces; indent with spaces only"
	case strings.Contains(msg, "mapping value is not allowed in this context"):
		return msg + `; check the indentation, and put text holding ": " in quotes`
	}
	return msg
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

func (p *planParser) event(mv *ast.MappingValueNode, plan *Plan) {
	at := lineOf(mv.Key)
	m, ok := p.mapping(mv.Value, "event", "must hold name:, date:, start: … indented under event:")
	if !ok {
		return
	}
	keys := p.keys(m, "event", eventKeys(), nil)
	plan.Location = time.Local

	if raw, line, ok := p.required(keys, "event", "name", at, "missing; the event needs a name"); ok {
		plan.Name = oneLine(raw)
		if plan.Name == "" {
			p.errorf(line, "event.name", "empty; the event needs a name")
		}
	}
	if raw, line, ok := p.required(keys, "event", "date", at, "missing; write the day as date: YYYY-MM-DD"); ok {
		date, err := parseDate(raw)
		if err != nil {
			p.errorf(line, "event.date", "%w", err)
		}
		plan.Date = date
	}
	if raw, line, ok := p.required(keys, "event", "start", at, `missing; write the planned start of the first act as start: "14:30"`); ok {
		start, err := parseClockTime(raw)
		if err != nil {
			p.errorf(line, "event.start", "%w", err)
		}
		plan.Start = start
	}
	plan.Venue = oneLine(p.optional(keys["venue"], "event.venue"))
	if mv, ok := keys["timezone"]; ok {
		plan.Timezone = strings.TrimSpace(p.optional(mv, "event.timezone"))
		if plan.Timezone != "" {
			loc, err := time.LoadLocation(plan.Timezone)
			if err != nil {
				p.errorf(lineOf(mv.Key), "event.timezone", "unknown time zone %q; write a name like Asia/Shanghai, or leave it out to use this computer's", plan.Timezone)
			} else {
				plan.Location = loc
			}
		}
	}
	if mv, ok := keys["capacity"]; ok {
		if raw := strings.TrimSpace(p.optional(mv, "event.capacity")); raw != "" {
			n, err := strconv.Atoi(raw)
			switch {
			case err != nil:
				p.errorf(lineOf(mv.Key), "event.capacity", "%q is not a whole number", raw)
			case n < 0:
				p.errorf(lineOf(mv.Key), "event.capacity", "must not be negative")
			}
			plan.Capacity = n
		}
	}
	if mv, ok := keys["call_ahead"]; ok {
		if raw := p.optional(mv, "event.call_ahead"); strings.TrimSpace(raw) != "" {
			d, err := ParseDuration(raw)
			if err != nil {
				p.errorf(lineOf(mv.Key), "event.call_ahead", "%w", err)
			}
			plan.CallAhead = d
		}
	}
}

// required gives the text of a key that must be there and its line. It
// reports the key missing (on line at, where it belongs) or of the wrong
// kind, and then ok is false.
func (p *planParser) required(keys map[string]*ast.MappingValueNode, path, key string, at int, missing string) (raw string, line int, ok bool) {
	field := joinPath(path, key)
	mv, has := keys[key]
	if !has {
		p.errorf(at, field, "%s", missing)
		return "", at, false
	}
	raw, ok = p.text(mv, field)
	return raw, lineOf(mv.Key), ok
}

// parseDate accepts YYYY-MM-DD naming a real day.
func parseDate(raw string) (string, error) {
	s := strings.TrimSpace(width.Narrow.String(raw))
	if s == "" {
		return "", errors.New("empty; write the day as YYYY-MM-DD, e.g. 2026-05-01")
	}
	if len(s) != len("2006-01-02") || s[4] != '-' || s[7] != '-' || !isDigits(s[:4]+s[5:7]+s[8:]) {
		return "", fmt.Errorf("%q is not a date; write YYYY-MM-DD, e.g. 2026-05-01", raw)
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return "", fmt.Errorf("%q is not a real date", raw)
	}
	return s, nil
}

// parseClockTime accepts H:MM or HH:MM, full-width colon included, and
// returns HH:MM.
func parseClockTime(raw string) (string, error) {
	s := strings.TrimSpace(width.Narrow.String(raw))
	if s == "" {
		return "", errors.New(`empty; write HH:MM, e.g. "14:30"`)
	}
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 || !isDigits(h) || !isDigits(m) {
		return "", fmt.Errorf("%q is not a time of day; write HH:MM, e.g. 14:30", raw)
	}
	hour, _ := strconv.Atoi(h)
	minute, _ := strconv.Atoi(m)
	if hour > 23 {
		return "", fmt.Errorf("%q: hours go from 00 to 23", raw)
	}
	if minute > 59 {
		return "", fmt.Errorf("%q: minutes go from 00 to 59", raw)
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
		p.errorf(lineOf(sheet.Key), "acts_csv", "give either acts: or acts_csv:, not both (acts: is on line %d)", lineOf(list.Key))
		return nil
	case hasSheet:
		return p.actsCSV(sheet)
	case hasList:
		return p.actList(list)
	}
	p.errorf(1, "acts", "missing; list the acts under acts:, or name a spreadsheet with acts_csv:")
	return nil
}

func (p *planParser) actsCSV(mv *ast.MappingValueNode) []Act {
	at := lineOf(mv.Key)
	name, ok := p.text(mv, "acts_csv")
	name = strings.TrimSpace(name)
	if !ok {
		return nil
	}
	if name == "" {
		p.errorf(at, "acts_csv", "empty; name the spreadsheet, e.g. acts_csv: acts.csv")
		return nil
	}
	if p.readFile == nil {
		p.errorf(at, "acts_csv", "cannot read %s here", name)
		return nil
	}
	data, err := p.readFile(name)
	var outside *OutsideFolderError
	switch {
	case errors.As(err, &outside):
		// Its own words name the file and why it was not read.
		p.errs.Add(&input.Error{File: p.file, Line: at, Field: "acts_csv", Err: outside})
		return nil
	case err != nil:
		p.errorf(at, "acts_csv", "cannot read %s: %w", name, pathCause(err))
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
	at := lineOf(mv.Key)
	node, ok := p.unwrap(mv.Value, "acts")
	if !ok {
		return nil
	}
	if isNull(node) {
		p.errorf(at, "acts", "no acts; list at least one")
		return nil
	}
	seq, isSeq := node.(*ast.SequenceNode)
	if !isSeq {
		p.errorf(at, "acts", `must be a list of acts, each starting with "- title:"`)
		return nil
	}
	if len(seq.Values) == 0 {
		p.errorf(at, "acts", "no acts; list at least one")
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
	checkUniqueIDs(p.file, drafts, "add an id: to one of them to tell them apart", &p.errs)
	acts := make([]Act, len(drafts))
	for i, d := range drafts {
		acts[i] = d.act
	}
	return acts
}

// act reads the n-th act (counted from 1, as a volunteer counts) that starts
// on line.
func (p *planParser) act(node ast.Node, n, line int) (actDraft, bool) {
	path := fmt.Sprintf("acts[%d]", n)
	m, ok := p.mapping(node, path, "must be an act with title: and duration:")
	if !ok {
		return actDraft{}, false
	}
	if m == nil {
		p.errorf(line, path, "empty; an act needs title: and duration:")
		return actDraft{}, false
	}
	keys := p.keys(m, path, actKeys(), actKeyAliases())
	d := actDraft{
		ref:        fmt.Sprintf("%s (line %d)", path, line),
		idField:    path + ".id",
		titleField: path + ".title",
		titleLine:  line,
	}
	titleOK := false
	if raw, line, ok := p.required(keys, path, "title", line, "missing; every act needs a title"); ok {
		d.titleLine = line
		d.act.Title = oneLine(raw)
		titleOK = d.act.Title != ""
		if !titleOK {
			p.errorf(line, path+".title", "empty; every act needs a title")
		}
	}
	durationOK := false
	if raw, line, ok := p.required(keys, path, "duration", line, "missing; write how long the act lasts, e.g. duration: 5m"); ok {
		dur, err := ParseDuration(raw)
		if err != nil {
			p.errorf(line, path+".duration", "%w", err)
		}
		d.act.Duration = dur
		durationOK = err == nil
	}
	if mv, has := keys["id"]; has {
		d.idLine = lineOf(mv.Key)
		d.act.ID = oneLine(p.optional(mv, path+".id"))
	}
	d.act.Performers = oneLine(p.optional(keys["performers"], path+".performers"))
	d.act.Intro = strings.TrimSpace(p.optional(keys["intro"], path+".intro"))
	d.act.Notes = strings.TrimSpace(p.optional(keys["notes"], path+".notes"))
	d.act.Contact = oneLine(p.optional(keys["contact"], path+".contact"))
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
// the key meant when one is near.
func (p *planParser) keys(m []*ast.MappingValueNode, path string, known []string, aliases map[string]string) map[string]*ast.MappingValueNode {
	out := map[string]*ast.MappingValueNode{}
	for _, mv := range m {
		key, ok := scalarText(mv.Key)
		line := lineOf(mv.Key)
		if !ok {
			p.errorf(line, path, "a key here must be a plain word such as %s:", known[0])
			continue
		}
		if slices.Contains(known, key) {
			out[key] = mv
			continue
		}
		field := joinPath(path, fieldName(key))
		suggestion := aliases[key]
		if suggestion == "" {
			suggestion = input.Suggest(key, known)
		}
		if suggestion != "" {
			p.errorf(line, field, "unknown key (did you mean %q?)", suggestion)
		} else {
			p.errorf(line, field, "unknown key (known here: %s)", strings.Join(known, ", "))
		}
	}
	return out
}

// mapping returns the key-value pairs of a mapping node, nil for an empty
// value, and reports any other kind of value with want.
func (p *planParser) mapping(n ast.Node, path, want string) ([]*ast.MappingValueNode, bool) {
	n, ok := p.unwrap(n, path)
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
	p.errorf(lineOf(n), path, "%s", want)
	return nil, false
}

// text returns a scalar value as the file wrote it: 13812345678 stays
// digits, 14:30 stays a time. A missing or empty value is "". A list, a
// mapping or an alias where text belongs is reported, and ok is false so
// that the caller does not report the same value again as empty.
func (p *planParser) text(mv *ast.MappingValueNode, field string) (s string, ok bool) {
	if mv == nil {
		return "", true
	}
	n, ok := p.unwrap(mv.Value, field)
	if !ok {
		return "", false
	}
	if isNull(n) {
		return "", true
	}
	if s, ok := scalarText(n); ok {
		return s, true
	}
	kind := "a mapping"
	if _, isSeq := n.(*ast.SequenceNode); isSeq {
		kind = "a list"
	}
	p.errorf(lineOf(mv.Key), field, "must be text, not %s", kind)
	return "", false
}

// optional is text for the fields that may be left out, where a wrong
// value has been reported and nothing more is to be said.
func (p *planParser) optional(mv *ast.MappingValueNode, field string) string {
	s, _ := p.text(mv, field)
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
func (p *planParser) unwrap(n ast.Node, field string) (ast.Node, bool) {
	n, ok := unwrapped(n)
	if !ok {
		p.errorf(lineOf(n), field, "aliases (*name) are not supported; write the value out")
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

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// fieldName keeps an unknown key readable in a message without letting
// line breaks or control characters through.
func fieldName(key string) string {
	q := strconv.Quote(key)
	if q[1:len(q)-1] == key && !strings.ContainsAny(key, " .:") && key != "" {
		return key
	}
	return q
}
