//go:build race

package main

import "time"

// raceDetector says whether the tests run under the race detector.
const raceDetector = true

// raceWithin is how long a cue may take to reach twenty stations under
// the race detector.
const raceWithin = time.Second
