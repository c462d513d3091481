// The board's page, kept current by the server's event stream. ES5 only:
// the page runs on old televisions' browsers. It draws what the server
// draws (words.go), by the same rules, and counts the clock and the live
// act's time on by itself between two snapshots.
(function () {
	"use strict";
	var doc = document;

	if (!window.EventSource || !window.JSON) {
		// No stream: the page is drawn by the server, again every 5 s.
		setTimeout(function () { window.location.reload(); }, 5000);
		return;
	}

	function el(id) { return doc.getElementById(id); }

	var data = el("texts");
	var T = JSON.parse(data.text || data.innerHTML);

	function setText(e, s) {
		if ("textContent" in e) {
			e.textContent = s;
		} else {
			e.innerText = s;
		}
	}

	function show(e, on, base) {
		e.className = (base || "") + (on ? "" : (base ? " off" : "off"));
	}

	// fmt fills a text's %s and %d in order, as Go's fmt.Sprintf does them.
	function fmt(f) {
		var args = arguments, i = 1;
		return f.replace(/%[sd]/g, function () { return String(args[i++]); });
	}

	function two(n) { return n < 10 ? "0" + n : String(n); }

	// stopwatch: whole seconds down, 4:05, 1:02:03.
	function stopwatch(ms) {
		var s = Math.floor(Math.abs(ms) / 1000);
		if (s >= 3600) {
			return Math.floor(s / 3600) + ":" + two(Math.floor(s / 60) % 60) + ":" + two(s % 60);
		}
		return Math.floor(s / 60) + ":" + two(s % 60);
	}

	// countdown: rounded up to the second.
	function countdown(ms) { return stopwatch(Math.ceil(ms / 1000) * 1000); }

	function hhmm(ms) {
		var m = Math.floor(ms / 60000) % 1440;
		return two(Math.floor(m / 60)) + ":" + two(m % 60);
	}

	var phases = { "not-started": T.PhaseNotStarted, "on": T.PhaseOn, "hold": T.PhaseHold, "over": T.PhaseOver };
	var snap = null, got = 0;

	function callNode(c) {
		var who = c.performers, act = c.title, when = T.CallNext, note;
		if (who === "") {
			who = c.title;
			act = "";
		}
		if (c.minutes > 0) {
			when = fmt(T.CallIn, c.minutes);
		}
		note = when;
		if (c.kind === "wings") {
			note = T.CallWings + " · " + when;
		} else if (c.kind === "missing") {
			note = T.CallMissing + " · " + when;
		}
		var d = doc.createElement("div"), w = doc.createElement("span"), a = doc.createElement("span"), n = doc.createElement("div");
		d.className = "item " + c.kind;
		w.className = "who";
		a.className = "act";
		n.className = "note";
		setText(w, who);
		setText(a, act);
		setText(n, note);
		d.appendChild(w);
		d.appendChild(doc.createTextNode(" "));
		d.appendChild(a);
		d.appendChild(n);
		return d;
	}

	// draw shows the last snapshot, counted on to now.
	function draw() {
		if (!snap) {
			return;
		}
		var s = snap, dt = new Date().getTime() - got, a = s.live, over = false;
		var none = T.NothingLive;
		if (s.phase === "not-started") {
			none = T.NotStarted;
		} else if (s.phase === "over") {
			none = fmt(T.ShowOver, s.ended);
		}
		setText(el("event"), s.event);
		setText(el("phase"), phases[s.phase] || "");
		setText(el("clock"), hhmm(s.clock_ms + dt));
		setText(el("now-none"), none);
		show(el("now-none"), !a, "none");
		show(el("now-act"), !!a);
		if (a) {
			var left = a.remaining_ms, done = a.elapsed_ms;
			if (s.phase === "on") {
				left -= dt;
				done += dt;
			}
			over = left <= 0;
			setText(el("now-title"), a.title);
			setText(el("now-who"), a.performers);
			setText(el("now-time"), over ? fmt(T.Over, stopwatch(-left)) : fmt(T.Left, countdown(left)));
			setText(el("now-span"), fmt(T.Elapsed, stopwatch(done), stopwatch(a.length_ms)));
		}
		doc.body.className = s.phase + (over ? " over" : "");
		var n = s.next;
		setText(el("next-at"), n ? fmt(T.ExpectedAt, n.expected) : "");
		setText(el("next-title"), n ? n.title : "");
		setText(el("next-who"), n ? n.performers : "");
		setText(el("next-none"), n ? "" : T.NoNext);
		show(el("next-none"), !n, "none");
		setText(el("people"), s.capacity > 0 ? fmt(T.PeopleOf, s.people, s.capacity) : fmt(T.People, s.people));
	}

	// drawCalls redraws the calls, which change only with a snapshot.
	function drawCalls() {
		var list = el("call-list"), calls = snap.calls || [], i;
		while (list.firstChild) {
			list.removeChild(list.firstChild);
		}
		for (i = 0; i < calls.length; i++) {
			list.appendChild(callNode(calls[i]));
		}
		show(el("calls"), calls.length > 0);
	}

	var es = new EventSource("events");
	es.onmessage = function (e) {
		snap = JSON.parse(e.data);
		got = new Date().getTime();
		show(el("offline"), false);
		draw();
		drawCalls();
	};
	es.onerror = function () {
		show(el("offline"), true);
	};
	setInterval(draw, 250);
}());
