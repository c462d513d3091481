package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"eventday/i18n"
	"eventday/input"
)

// flagError says in c's language what the command line's parser refused
// about a flag of cmd, where the parser itself speaks only English: a flag
// that does not exist (and the one meant, when one is near), a flag
// without its value, a value the flag does not take.
func flagError(c *i18n.CLI, cmd *cobra.Command, err error) error {
	var (
		notExist *pflag.NotExistError
		needs    *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &notExist):
		name := notExist.GetSpecifiedName()
		if group := notExist.GetSpecifiedShortnames(); len(group) > 1 {
			return fmt.Errorf(c.UnknownShorthand, "-"+name[:1], "-"+group)
		}
		if notExist.GetSpecifiedShortnames() != "" {
			return fmt.Errorf(c.UnknownFlag, "-"+name)
		}
		if near := input.Suggest(name, flagNames(cmd)); near != "" {
			return fmt.Errorf(c.UnknownFlagNear, "--"+name, "--"+near)
		}
		return fmt.Errorf(c.UnknownFlag, "--"+name)
	case errors.As(err, &needs):
		return fmt.Errorf(c.FlagNeedsValue, flagName(needs.GetFlag()))
	case errors.As(err, &invalid):
		f := flagName(invalid.GetFlag())
		switch invalid.GetFlag().Value.Type() {
		case "bool":
			return fmt.Errorf(c.FlagSwitch, invalid.GetValue(), f, f)
		case "int":
			return fmt.Errorf(c.FlagNumber, invalid.GetValue(), f)
		}
		return fmt.Errorf(c.FlagBadValue, invalid.GetValue(), f)
	case errors.As(err, &syntax):
		return fmt.Errorf(c.FlagSyntax, syntax.GetSpecifiedFlag())
	}
	return err
}

// flagName is a flag as a person types it: --name.
func flagName(f *pflag.Flag) string {
	if f == nil {
		return "?"
	}
	return "--" + f.Name
}

// flagNames are the long names of every flag cmd takes, its parents' too.
func flagNames(cmd *cobra.Command) []string {
	var names []string
	add := func(f *pflag.Flag) {
		if !f.Hidden && !strings.HasPrefix(f.Name, "-") {
			names = append(names, f.Name)
		}
	}
	cmd.Flags().VisitAll(add)
	cmd.InheritedFlags().VisitAll(add)
	return names
}
