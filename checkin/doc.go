// Package checkin is the sign-in desk without its screen: the roster of
// people expected (roster.csv), the search the desk types into, the
// attendance log (attendance.jsonl) folded into counts that are cheap to
// read on every frame, and the rules of a sign-in wherever it happens: who
// a typed name means (LookUp), when a written time of day is
// (ParseArrival), and what a paper sheet says (ReadSheet, Sheet.Entries).
//
// Changes follow the journal's rule: a desk action only prepares a Record;
// the caller writes it durably and then Applies it. Preparing never changes
// the Attendance, so a failed write leaves memory and disk in agreement.
package checkin
