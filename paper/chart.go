package paper

import (
	"strconv"
	"time"

	"eventday/checkin"
	"eventday/i18n"
)

// The arrivals chart's drawing area, in the SVG's own units: the page
// scales it to the width of the text.
const (
	chartW      = 680
	chartH      = 260
	chartLeft   = 48 // room for the people axis and its numbers
	chartRight  = 8
	chartTop    = 16 // room for the number over the highest bar
	chartBottom = 52 // room for the times and the axis title
	maxLabels   = 12 // times under the axis before they thin out
	maxBar      = 48 // the widest bar, when there are few
)

// chart is the arrivals per quarter hour as an SVG bar chart with its
// axes: every number in it is worked out here, the template only places.
type chart struct {
	W, H             int
	Left, Base       int // where the axes meet
	Right, Top       int
	Bars             []bar
	Ticks            []tick
	TimeTitle        string
	PeopleTitle      string
	TitleX, TitleY   int // the time axis title
	PeopleX, PeopleY int
}

// bar is one quarter hour: its rectangle, its count over it, and its time
// under the axis when there is room for it.
type bar struct {
	X, Y, W, H int
	Mid        int
	Count      string
	Label      string
}

// tick is a line across the chart at a number of people.
type tick struct {
	Y     int
	Label string
}

// newChart draws arrivals per quarter hour; nil when nobody came.
func newChart(qs []checkin.Arrival, loc *time.Location, p *i18n.Paper) *chart {
	if len(qs) == 0 {
		return nil
	}
	largest := 0
	for _, q := range qs {
		largest = max(largest, q.People)
	}
	step := niceStep(largest)
	top := max((largest+step-1)/step*step, step)
	c := &chart{
		W: chartW, H: chartH, Left: chartLeft, Base: chartH - chartBottom,
		Right: chartW - chartRight, Top: chartTop,
		TimeTitle: p.AxisTime, PeopleTitle: p.AxisPeople,
	}
	c.TitleX, c.TitleY = (c.Left+c.Right)/2, chartH-6
	c.PeopleX, c.PeopleY = 12, (c.Top+c.Base)/2
	height := c.Base - c.Top
	for v := 0; v <= top; v += step {
		c.Ticks = append(c.Ticks, tick{Y: c.Base - v*height/top, Label: strconv.Itoa(v)})
	}
	slot := (c.Right - c.Left) / len(qs)
	every := (len(qs) + maxLabels - 1) / maxLabels
	for i, q := range qs {
		h := q.People * height / top
		w := min(max(slot*3/4, 1), maxBar)
		mid := c.Left + i*slot + slot/2
		b := bar{X: mid - w/2, W: w, Y: c.Base - h, H: h, Mid: mid}
		if q.People > 0 {
			b.Count = strconv.Itoa(q.People)
		}
		if i%every == 0 {
			b.Label = q.Start.In(loc).Format("15:04")
		}
		c.Bars = append(c.Bars, b)
	}
	return c
}

// niceStep is the distance between the chart's lines for a largest count:
// 1, 2 or 5 times a power of ten, so that four or five lines cover it.
func niceStep(largest int) int {
	for mag := 1; ; mag *= 10 {
		for _, m := range []int{1, 2, 5} {
			if largest <= 5*m*mag {
				return m * mag
			}
		}
	}
}
