package cmd

import (
	"bytes"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// Completion candidates come back with their real case ("upd" offers UpdateDateCannotBeInFuture,
// "not" offers "Not Found"), but cobra's bash and zsh scripts keep only the candidates that start
// with the word exactly as typed, so bash and zsh without case-insensitive settings would drop them.
// The scripts we hand out (completions/ and `mtapi completion`) therefore match the typed prefix
// ignoring case; readline and zsh then replace the word with the candidate. Fish already does.
var scriptPatches = map[string][][2]string{
	"bash": {{
		// The filter of the normal (TAB) completion, on candidates with descriptions.
		`[[ $comp == "$cur"* ]] || continue`,
		`[[ ${comp,,} == "${cur,,}"* ]] || continue # mtapi: ignore case`,
	}},
	"zsh": {{
		// compadd's matcher: a letter in the word matches itself in either case.
		"        if eval _describe $keepOrder \"completions\" completions $flagPrefix $noSpace; then\n",
		"        # mtapi: ignore case\n" +
			"        if eval _describe $keepOrder \"completions\" completions $flagPrefix $noSpace -M \"'m:{[:lower:][:upper:]}={[:upper:][:lower:]}'\"; then\n",
	}},
}

// CompletionScript writes the completion script for shell (bash, zsh, fish or powershell), with or
// without descriptions, as gendocs commits it and `mtapi completion` prints it.
func CompletionScript(root *cobra.Command, shell string, descriptions bool, w io.Writer) error {
	var b bytes.Buffer
	var err error
	switch shell {
	case "bash":
		err = root.GenBashCompletionV2(&b, descriptions)
	case "zsh":
		if descriptions {
			err = root.GenZshCompletion(&b)
		} else {
			err = root.GenZshCompletionNoDesc(&b)
		}
	case "fish":
		err = root.GenFishCompletion(&b, descriptions)
	case "powershell":
		if descriptions {
			err = root.GenPowerShellCompletionWithDesc(&b)
		} else {
			err = root.GenPowerShellCompletion(&b)
		}
	default:
		return fmt.Errorf("no completion script for %q", shell)
	}
	if err != nil {
		return err
	}
	s := b.Bytes()
	for _, p := range scriptPatches[shell] {
		// A cobra upgrade that rewrites the line must not silently bring back case-sensitive matching.
		if bytes.Count(s, []byte(p[0])) != 1 {
			return fmt.Errorf("%s completion script: cobra's line %q is gone; update scriptPatches", shell, p[0])
		}
		s = bytes.Replace(s, []byte(p[0]), []byte(p[1]), 1)
	}
	_, err = w.Write(s)
	return err
}

// ownCompletionScripts makes `mtapi completion SHELL` print CompletionScript's script rather than
// cobra's unpatched one.
func ownCompletionScripts(comp *cobra.Command) {
	for _, sub := range comp.Commands() {
		shell := sub.Name()
		sub.RunE = func(c *cobra.Command, _ []string) error {
			noDesc, _ := c.Flags().GetBool("no-descriptions")
			return CompletionScript(c.Root(), shell, !noDesc, c.OutOrStdout())
		}
		sub.Run = nil
	}
}
