// Package mesh carries the attendance records between the laptops of one
// event: the host and its sign-in desks. Each desk keeps signing people in
// while the network is down; its records reach the host, and everyone
// else's reach it, when the link comes back.
//
// The records are moved by NATS JetStream, embedded in the binary, not by a
// synchronisation of our own. Every node runs its own server with its own
// JetStream domain ("hub", "desk-NAME"), stores under the folder it is given
// and writes its log there. Every node has an origin stream (subject
// att.ORIGIN, "host" for the host) into which it copies the records its own
// journal has written, numbered so that the k-th record is the stream's k-th
// message and a second copy is refused. The hub's stream ATT sources the
// host's origin stream and every desk's, across the desk's leaf connection;
// each desk's stream ALL mirrors ATT. A durable consumer on ATT (at the hub)
// or ALL (at a desk) hands the records of other origins to the event, and
// acknowledges them only after the event has written them.
//
// The node's journal stays its durable record: the screen changes after
// the journal's fsync, and the mesh copies from the journal afterwards.
package mesh
