package demo

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/program"
)

// load reads the sample as written for lang, as check would.
func load(t *testing.T, lang string) (*program.Plan, *checkin.Roster, map[string][]byte) {
	t.Helper()
	written := map[string][]byte{}
	for _, name := range Files {
		data, err := File(name, i18n.For(lang))
		if err != nil {
			t.Fatalf("%s in %s: %v", name, lang, err)
		}
		written[name] = data
	}
	plan, err := program.ParsePlan("event.yaml", written["event.yaml"], nil)
	if err != nil {
		t.Fatalf("event.yaml in %s does not load:\n%v", lang, err)
	}
	roster, err := checkin.ParseRoster("roster.csv", written["roster.csv"], plan.Acts)
	if err != nil {
		t.Fatalf("roster.csv in %s does not load:\n%v", lang, err)
	}
	return plan, roster, written
}

// TestEnglishIsTheFiles: in English the sample is the files of this folder
// as they are (the roster with the byte order mark Excel needs).
func TestEnglishIsTheFiles(t *testing.T) {
	_, _, written := load(t, "en")
	for _, name := range Files {
		want, _ := files.ReadFile(name)
		if name == "roster.csv" {
			want = append([]byte("\uFEFF"), want...)
		}
		if !bytes.Equal(written[name], want) {
			t.Errorf("%s in English differs from the file:\n%s", name, written[name])
		}
	}
}

// TestChineseSample: in Chinese the roster's header and categories and
// event.yaml's comments are Chinese, and the show is the same show.
func TestChineseSample(t *testing.T) {
	enPlan, enRoster, _ := load(t, "en")
	zhPlan, zhRoster, written := load(t, "zh")

	header, _, _ := strings.Cut(strings.TrimPrefix(string(written["roster.csv"]), "\uFEFF"), "\n")
	if header != "姓名,类别,楼栋,电话,节目,备注" {
		t.Errorf("the Chinese roster's header is %q", header)
	}
	var cats []string
	for _, p := range zhRoster.People {
		if !slices.Contains(cats, p.Category) {
			cats = append(cats, p.Category)
		}
	}
	if want := []string{"演员", "寿星", "赞助商", "志愿者", "居民"}; !slices.Equal(cats, want) {
		t.Errorf("categories %v, want %v", cats, want)
	}
	if len(zhRoster.People) != len(enRoster.People) {
		t.Fatalf("%d people in Chinese, %d in English", len(zhRoster.People), len(enRoster.People))
	}
	zhCategory := map[string]string{"performer": "演员", "volunteer": "志愿者", "honoree": "寿星", "sponsor": "赞助商", "resident": "居民"}
	for i, p := range zhRoster.People {
		en := enRoster.People[i]
		if p.Name != en.Name || p.Group != en.Group || p.Phone != en.Phone || p.ActID != en.ActID || p.Note != en.Note || p.Category != zhCategory[en.Category] {
			t.Errorf("person %d: %+v in Chinese, %+v in English", i+1, p, en)
		}
	}
	if !slices.Equal(zhPlan.Acts, enPlan.Acts) || zhPlan.Name != enPlan.Name || zhPlan.Start != enPlan.Start || zhPlan.CallAhead != enPlan.CallAhead {
		t.Error("the Chinese event.yaml is not the same show as the English one")
	}

	// Every comment is Chinese; the YAML around it is as it was.
	latinOnly := regexp.MustCompile(`^[ -~]*$`)
	en, _ := files.ReadFile("event.yaml")
	enLines := strings.Split(string(en), "\n")
	zhLines := strings.Split(string(written["event.yaml"]), "\n")
	if len(zhLines) != len(enLines) {
		t.Fatalf("%d lines in Chinese, %d in English", len(zhLines), len(enLines))
	}
	comments := 0
	for i, line := range zhLines {
		at := strings.Index(line, "# ")
		if at < 0 {
			if line != enLines[i] {
				t.Errorf("event.yaml:%d changed: %q", i+1, line)
			}
			continue
		}
		comments++
		if line[:at] != enLines[i][:at] {
			t.Errorf("event.yaml:%d: the YAML before the comment changed: %q", i+1, line)
		}
		if latinOnly.MatchString(line[at:]) {
			t.Errorf("event.yaml:%d: the comment is not in Chinese: %q", i+1, line)
		}
	}
	if want := len(i18n.For("zh").Sample.Comments()); comments != want {
		t.Errorf("%d comments in event.yaml, the catalog has %d", comments, want)
	}
}

// TestCommentNotInCatalog: a comment added to event.yaml without its
// translation stops the sample rather than reaching a reader half English.
func TestCommentNotInCatalog(t *testing.T) {
	en, zh := i18n.For("en").Sample, i18n.For("zh").Sample
	_, err := translateComments([]byte("event:\n  name: x  # a new comment\n"), en, zh)
	if err == nil || !strings.Contains(err.Error(), "event.yaml:2") {
		t.Errorf("an unknown comment: %v", err)
	}
	_, err = translateRoster([]byte("name,category,group,phone,act,note\n王,guest,,,,\n"), en, zh)
	if err == nil || !strings.Contains(err.Error(), "roster.csv:2") {
		t.Errorf("an unknown category: %v", err)
	}
}
