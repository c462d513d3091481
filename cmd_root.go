package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"eventday/i18n"
)

// newRootCmd builds the command tree with every text in t's language.
func newRootCmd(t *i18n.Text, stdout, stderr io.Writer) *cobra.Command {
	c := &t.CLI
	root := &cobra.Command{
		Use:     "eventday",
		Short:   c.RootShort,
		Long:    c.RootLong,
		Example: c.RootExample,
		// The root runs so that an unknown command is our (translated)
		// usage error, not cobra's; cobra only checks commands when the
		// root has no Args of its own.
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmd.Help()
			}
			if near := cmd.SuggestionsFor(args[0]); len(near) > 0 {
				return fmt.Errorf(c.DidYouMean, args[0], strings.Join(near, ", "))
			}
			return fmt.Errorf(c.UnknownCommand, args[0])
		},
		SilenceErrors:              true,
		SilenceUsage:               true,
		SuggestionsMinimumDistance: 2,
		CompletionOptions:          cobra.CompletionOptions{DisableDefaultCmd: true},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.Version = versionText(c)
	root.SetVersionTemplate("eventday {{.Version}}\n")
	// Declared here, before cobra would add its own, so that its help
	// speaks the chosen language.
	root.Flags().BoolP("version", "v", false, c.VersionFlag)
	root.SetUsageTemplate(usageTemplate(c))
	root.PersistentFlags().BoolP("help", "h", false, c.HelpFlag)
	// --lang is read by langFromArgs before the tree is built; declaring it
	// here makes cobra accept it and list it in the help.
	// Its default stays empty: the help says where the default comes from.
	root.PersistentFlags().String("lang", "", c.LangFlag)
	root.SetHelpCommand(newHelpCmd(root, c))

	root.AddCommand(
		newDemoCmd(t, stdout, stderr),
		newInitCmd(c, stdout),
		newRunCmd(t, stderr),
		newServeCmd(t, stderr),
		newCheckCmd(t, stdout, stderr),
		newSigninCmd(t, stdout, stderr),
		newExportCmd(t, stdout, stderr),
		newReportCmd(t, stdout, stderr),
		newPrintCmd(t, stdout, stderr),
		newRepairCmd(t, stdout),
	)
	// Use lines show the arguments only; the flags have their own section,
	// and "[flags]" would be the one English word in a Chinese help.
	root.DisableFlagsInUseLine = true
	for _, sub := range root.Commands() {
		sub.DisableFlagsInUseLine = true
	}
	return root
}

// newHelpCmd replaces cobra's help command so that it speaks the chosen
// language and reports an unknown topic as a usage error.
func newHelpCmd(root *cobra.Command, c *i18n.CLI) *cobra.Command {
	return &cobra.Command{
		Use:                   "help [" + c.CommandArg + "]",
		Short:                 c.HelpShort,
		Long:                  c.HelpLong,
		Args:                  cobra.ArbitraryArgs,
		DisableFlagsInUseLine: true,
		RunE: func(_ *cobra.Command, args []string) error {
			target, rest, err := root.Find(args)
			if err != nil {
				return err
			}
			if len(rest) > 0 {
				return fmt.Errorf(c.UnknownTopic, strings.Join(args, " "))
			}
			target.InitDefaultHelpFlag()
			return target.Help()
		},
	}
}

// oneDir accepts exactly one argument, the event folder.
func oneDir(c *i18n.CLI, example string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != 1 {
			return fmt.Errorf(c.NeedOneDir, cmd.CommandPath(), strings.TrimSpace(firstLine(example)))
		}
		return nil
	}
}

// noArgs refuses any argument.
func noArgs(c *i18n.CLI) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return fmt.Errorf(c.NoArgs, cmd.CommandPath())
		}
		return nil
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// usageTemplate is cobra's default usage text with translated headings and
// without the parts eventday does not use (aliases, groups, help topics).
func usageTemplate(c *i18n.CLI) string {
	return c.UsageHeading + `{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} ` + c.CommandArg + `{{end}}{{if .HasExample}}

` + c.ExamplesHeading + `
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

` + c.CommandsHeading + `{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

` + c.FlagsHeading + `
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

` + c.GlobalFlagsHeading + `
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

` + fmt.Sprintf(c.MoreHelp, "{{.CommandPath}}") + `{{end}}
`
}
