package input

import "strings"

// Suggest returns the candidate nearest to word when it is near enough to be
// a typing slip ("durtion" for "duration", "nmae" for "name"), or "" when
// none is. Case is ignored; a swap of two neighbouring letters counts as one
// slip.
func Suggest(word string, candidates []string) string {
	// One slip in a short word, two in a longer one: more than that and the
	// "suggestion" is a guess that misleads.
	limit := 1
	if len([]rune(strings.TrimSpace(word))) > 4 {
		limit = 2
	}
	return nearest(word, candidates, limit)
}

// nearest returns the candidate nearest to word within limit slips, or ""
// when none is that near.
func nearest(word string, candidates []string, limit int) string {
	w := []rune(strings.ToLower(strings.TrimSpace(word)))
	if len(w) == 0 {
		return ""
	}
	best, bestDist := "", limit+1
	for _, c := range candidates {
		d := slipDistance(w, []rune(strings.ToLower(c)))
		if d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// slipDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of adjacent runes.
func slipDistance(a, b []rune) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
