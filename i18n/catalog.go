// Package i18n is the catalog of every text the user reads, in English and
// Simplified Chinese. Each area of the app has its own struct of named
// strings; a text is a field, so a view cannot ask for a text that does not
// exist (it fails to compile), and catalog_test.go fails when a language
// leaves a field empty or its format verbs differ from English.
package i18n

import (
	"os"
	"strings"
)

// Text is the whole catalog for one language.
type Text struct {
	Lang    string // "en" or "zh"
	Common  Common
	CLI     CLI
	Stage   Stage
	Desk    Desk
	Report  Report
	Signin  Signin
	Summary Summary
	Files   Files
	Plan    Plan
	Keys    Keys
	Folder  Folder
	Paper   Paper
	Logs    Logs
	Station Station
	Board   Board
	Serve   Serve
	Sample  Sample
	Hub     Hub
	Gates   Gates
	Mesh    Mesh
}

// Langs lists the languages the catalog has, in the order --help shows them.
var Langs = []string{"en", "zh"}

// For returns the catalog for lang ("en" or "zh"; "zh-CN", "zh_CN.UTF-8"
// and the like count as zh). Anything else gives English.
func For(lang string) *Text {
	if isChinese(lang) {
		t := chinese()
		return &t
	}
	t := english()
	return &t
}

// FromEnv picks the language from LC_ALL, then LC_MESSAGES, then LANG, as
// the C library does.
func FromEnv() string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(k); v != "" {
			if isChinese(v) {
				return "zh"
			}
			return "en"
		}
	}
	return "en"
}

func isChinese(lang string) bool {
	l := strings.ToLower(lang)
	return l == "zh" || strings.HasPrefix(l, "zh_") || strings.HasPrefix(l, "zh-") || strings.HasPrefix(l, "zh.")
}

func english() Text {
	return Text{
		Lang:    "en",
		Common:  commonEN,
		CLI:     cliEN,
		Stage:   stageEN,
		Desk:    deskEN,
		Report:  reportEN,
		Signin:  signinEN,
		Summary: summaryEN,
		Files:   filesEN,
		Plan:    planEN,
		Keys:    keysEN,
		Folder:  folderEN,
		Paper:   paperEN,
		Logs:    logsEN,
		Station: stationEN,
		Board:   boardEN,
		Serve:   serveEN,
		Sample:  sampleEN,
		Hub:     hubEN,
		Gates:   gatesEN,
		Mesh:    meshEN,
	}
}

func chinese() Text {
	return Text{
		Lang:    "zh",
		Common:  commonZH,
		CLI:     cliZH,
		Stage:   stageZH,
		Desk:    deskZH,
		Report:  reportZH,
		Signin:  signinZH,
		Summary: summaryZH,
		Files:   filesZH,
		Plan:    planZH,
		Keys:    keysZH,
		Folder:  folderZH,
		Paper:   paperZH,
		Logs:    logsZH,
		Station: stationZH,
		Board:   boardZH,
		Serve:   serveZH,
		Sample:  sampleZH,
		Hub:     hubZH,
		Gates:   gatesZH,
		Mesh:    meshZH,
	}
}
