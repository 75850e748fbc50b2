// The scripts `kubectl-crashcourse completion SHELL` prints. Each asks the program itself (`__complete`) what
// to offer, so the scripts never go stale when a flag is added; they only translate its answer for the shell.
// The answer is cobra's: one candidate a line (value, a tab, a description), then `:DIRECTIVE`.

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const BASH = `# bash completion for kubectl-crashcourse; load it with: source <(kubectl-crashcourse completion bash)
_kubectl_crashcourse() {
  local IFS=$'\\n' line directive=0 typed cur
  cur=\${COMP_WORDS[COMP_CWORD]}
  # bash splits words at '=' and ':'; re-read the line up to the cursor so '--output=js' stays one word.
  local -a words
  IFS=$' \\t\\n' read -r -a words <<<"\${COMP_LINE:0:COMP_POINT}"
  [[ \${COMP_LINE:COMP_POINT-1:1} == ' ' ]] && words+=('')
  typed=\${words[\${#words[@]}-1]}
  local -a lines
  lines=($(command kubectl-crashcourse __complete "\${words[@]:1}" 2>/dev/null))
  if ((\${#lines[@]})) && [[ \${lines[\${#lines[@]}-1]} == :* ]]; then
    directive=\${lines[\${#lines[@]}-1]#:}
    unset "lines[\${#lines[@]}-1]"
  fi
  COMPREPLY=()
  for line in "\${lines[@]}"; do
    line=\${line%%$'\\t'*}
    COMPREPLY+=("\${line#"\${typed%"$cur"}"}")
  done
  if ((\${#COMPREPLY[@]} == 0 && (directive & 4) == 0)); then
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
  ((directive & 2)) && compopt -o nospace 2>/dev/null
  return 0
}
complete -F _kubectl_crashcourse kubectl-crashcourse
`;

const ZSH = `#compdef kubectl-crashcourse
# zsh completion for kubectl-crashcourse; load it with: source <(kubectl-crashcourse completion zsh)
_kubectl_crashcourse() {
  local -a lines comps
  local directive=0 line value desc
  lines=("\${(@f)$(command kubectl-crashcourse __complete "\${(@)words[2,CURRENT-1]}" "\${words[CURRENT]}" 2>/dev/null)}")
  if [[ \${lines[-1]} == :* ]]; then
    directive=\${lines[-1]#:}
    lines=("\${(@)lines[1,-2]}")
  fi
  for line in "\${lines[@]}"; do
    [[ -z $line ]] && continue
    value=\${line%%$'\\t'*}
    desc=\${line#*$'\\t'}
    [[ $desc == $line ]] && desc=''
    comps+=("\${value//:/\\\\:}\${desc:+:$desc}")
  done
  if (( \${#comps} )); then
    _describe -t values 'kubectl-crashcourse' comps
  elif (( (directive & 4) == 0 )); then
    _files
  fi
}
if [[ $funcstack[1] == _kubectl_crashcourse ]]; then _kubectl_crashcourse "$@"; else compdef _kubectl_crashcourse kubectl-crashcourse; fi
`;

const FISH = `# fish completion for kubectl-crashcourse; load it with: kubectl-crashcourse completion fish | source
function __kubectl_crashcourse_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l current (commandline -ct)
    set -l out (command kubectl-crashcourse __complete $words $current 2>/dev/null)
    set -l directive 0
    if test (count $out) -gt 0; and string match -q -r '^:[0-9]+$' -- $out[-1]
        set directive (string sub -s 2 -- $out[-1])
        set -e out[-1]
    end
    if test (count $out) -eq 0; and test (math "bitand($directive, 4)") -eq 0
        __fish_complete_path $current
        return
    end
    printf '%s\\n' $out
end
complete -c kubectl-crashcourse -f -a '(__kubectl_crashcourse_complete)'
`;

export const COMPLETION_SCRIPTS = { bash: BASH, zsh: ZSH, fish: FISH } as const satisfies Record<Shell, string>;
