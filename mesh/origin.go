package mesh

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"eventday/checkin"
)

// hostToken is the host's origin in subjects, stream names and message ids:
// the host's origin is "" in the event.
const hostToken = "host"

// deskName is what a desk may be called: it becomes a subject token, a
// stream name, a JetStream domain and a server name, which allow no dots,
// spaces or wildcards.
var deskName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$`)

func checkDeskName(name string) error {
	if !deskName.MatchString(name) || strings.EqualFold(name, hostToken) {
		return &Error{Kind: BadName, Name: name}
	}
	return nil
}

// token is origin as it appears in subjects and names.
func token(origin string) string {
	if origin == "" {
		return hostToken
	}
	return origin
}

// originOfToken is token's inverse.
func originOfToken(tok string) string {
	if tok == hostToken {
		return ""
	}
	return tok
}

func ownSubject(origin string) string { return "att." + token(origin) }
func ownStream(origin string) string  { return "ATT_" + token(origin) }
func msgID(origin string, k uint64) string {
	return token(origin) + "-" + strconv.FormatUint(k, 10)
}

// seqOfMsgID reads k back from a message id msgID wrote.
func seqOfMsgID(id string) (uint64, error) {
	i := strings.LastIndexByte(id, '-')
	if i < 0 {
		return 0, fmt.Errorf("message id %q: no sequence", id)
	}
	return strconv.ParseUint(id[i+1:], 10, 64)
}

// withOrigin gives the record its origin, which the subject it came on
// says. The record carries no origin of its own yet; once it does, this is
// the one place to set it (r.Origin = origin).
func withOrigin(r checkin.Record, origin string) checkin.Record {
	_ = origin
	return r
}
