package paper

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"eventday/demo"
	"eventday/i18n"
	"eventday/internal/eventtest"
	"eventday/live"
)

// TestChineseCategories: the Chinese sample's categories (演员, 志愿者, 寿星,
// 赞助商, 居民) put people in the report's sections as the English ones
// do, and head the sign-in sheet's groups as they are written.
func TestChineseCategories(t *testing.T) {
	dir := t.TempDir()
	for _, name := range demo.Files {
		data, err := demo.File(name, i18n.For("zh"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	c := eventtest.NewClock(time.Time{})
	c.SetDay(14, 0, 0)
	event, err := live.Open(dir, live.Options{Now: c.Now, Desk: "gate"})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"邹敏", "沈桂英", "何阿姨", "王建平"} {
		found := event.Named(name)
		if len(found) != 1 {
			t.Fatalf("%s: %d people", name, len(found))
		}
		if _, err := event.SignIn(found[0], false); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := event.WalkIn("孙志红", "志愿者", "2号楼", 1, ""); err != nil {
		t.Fatal(err)
	}
	if err := event.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := live.Read(dir)
	if err != nil {
		t.Fatal(err)
	}

	rp := NewReport(f, "zh", printTime, false)
	names := func(rows []personRow) []string {
		var out []string
		for _, r := range rows {
			out = append(out, r.Name)
		}
		return out
	}
	for _, s := range []struct {
		section string
		got     []string
		want    []string
	}{
		{"volunteers", names(rp.Volunteers), []string{"邹敏", "孙志红"}},
		{"honorees", names(rp.Honorees), []string{"沈桂英"}},
		{"sponsors", names(rp.Sponsors), []string{"钱晓红", "丁建华", "魏东", "蔡红"}},
	} {
		if !slices.Equal(s.got, s.want) {
			t.Errorf("%s: %v, want %v", s.section, s.got, s.want)
		}
	}
	var invited []string
	for _, r := range rp.Invited {
		invited = append(invited, r.Category)
	}
	if want := []string{"演员", "寿星", "赞助商", "志愿者", "居民", rp.T.AllInvited}; !slices.Equal(invited, want) {
		t.Errorf("invited by category: %v, want %v", invited, want)
	}

	sheet := NewSigninSheet(f, ByCategory, "zh", printTime)
	var groups []string
	for _, g := range sheet.Groups {
		groups = append(groups, g.Name)
	}
	// In the order of their pinyin, as people count them; walk-ins last.
	if want := []string{"居民", "寿星", "演员", "赞助商", "志愿者", rp.T.WalkIns}; !slices.Equal(groups, want) {
		t.Errorf("the sign-in sheet's groups: %v, want %v", groups, want)
	}
}
