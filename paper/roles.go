package paper

import "strings"

// role is what a roster category says a person is there as. The category
// is free text; the report's sections know it in English and Chinese.
type role int

const (
	other role = iota
	performer
	volunteer
	honoree
	sponsor
)

// roleWords are the categories, lower case, that name each role.
var roleWords = map[string]role{
	"performer": performer, "performers": performer, "演员": performer, "表演者": performer, "演出人员": performer,
	"volunteer": volunteer, "volunteers": volunteer, "志愿者": volunteer, "义工": volunteer,
	"honoree": honoree, "honorees": honoree, "寿星": honoree, "birthday": honoree,
	"sponsor": sponsor, "sponsors": sponsor, "赞助商": sponsor, "赞助方": sponsor, "赞助": sponsor,
}

// roleOf reads a roster category.
func roleOf(category string) role {
	return roleWords[strings.ToLower(strings.TrimSpace(category))]
}
