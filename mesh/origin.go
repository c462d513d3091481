package mesh

import (
	"fmt"
	"strconv"
	"strings"

	"eventday/checkin"
)

// hostToken is the host's origin in subjects, stream names and message ids:
// the host's origin is "" in the event.
const hostToken = "host"

// checkDeskName refuses a name a desk cannot have. The name becomes a
// subject token, a stream name, a JetStream domain and a server name,
// which allow no dots, spaces or wildcards: the rule of an origin's name
// (checkin.ValidOrigin: a-z, 0-9 and '-', not "host") keeps within them.
func checkDeskName(name string) error {
	if checkin.ValidOrigin(name) != nil {
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

// withOrigin gives the record the origin the subject it came on says:
// the stream it was published to is its origin's, whatever the line holds.
func withOrigin(r checkin.Record, origin string) checkin.Record {
	r.Origin = origin
	return r
}
