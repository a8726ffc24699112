// Compiled by tests/ps/host.ps1 (Add-Type): walks PowerShell's AST of a script once and
// returns what the tests check, as JSON. C#, because walking thousands of nodes in
// PowerShell script costs about 100 ms per script.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Language;
using System.Text.Json;

public static class PsHostAnalysis
{
    static readonly HashSet<string> Ps6Cmdlets = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Join-String", "Test-Json", "Get-Error", "ConvertFrom-Markdown", "Get-Uptime", "Remove-Alias", "Remove-Service", "Clear-RecycleBin",
    };

    static Dictionary<string, object> Found(string what, Ast node)
    {
        var text = node.Extent.Text;
        return new Dictionary<string, object> { ["what"] = what, ["line"] = node.Extent.StartLineNumber, ["text"] = text.Length > 60 ? text.Substring(0, 60) : text };
    }

    public static object Analyse(string script)
    {
        Token[] tokens;
        ParseError[] errors;
        var ast = Parser.ParseInput(script, out tokens, out errors);
        var strings = new List<Dictionary<string, object>>();
        var commands = new List<Dictionary<string, object>>();
        var ps7 = new List<Dictionary<string, object>>();
        var functions = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var types = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in ast.FindAll(_ => true, true))
        {
            switch (n)
            {
                case StringConstantExpressionAst s:
                    strings.Add(StringInfo(s, s.StringConstantType.ToString(), s.Value));
                    if (s.StringConstantType.ToString().StartsWith("DoubleQuoted") && s.Extent.Text.Contains("`u{")) ps7.Add(Found("escape `u{}", s));
                    break;
                case ExpandableStringExpressionAst e:
                    strings.Add(StringInfo(e, "Expandable" + e.StringConstantType, e.Value));
                    if (e.Extent.Text.Contains("`u{")) ps7.Add(Found("escape `u{}", e));
                    break;
                case FunctionDefinitionAst f: functions.Add(f.Name); break;
                case TypeExpressionAst te: types.Add(te.TypeName.FullName); break;
                case TypeConstraintAst tc: types.Add(tc.TypeName.FullName); break;
                case TernaryExpressionAst t: ps7.Add(Found("ternary ?:", t)); break;
                case PipelineChainAst c: ps7.Add(Found("pipeline chain && ||", c)); break;
                case BinaryExpressionAst b when b.Operator == TokenKind.QuestionQuestion: ps7.Add(Found("null-coalescing ??", b)); break;
                case AssignmentStatementAst a when a.Operator == TokenKind.QuestionQuestionEquals: ps7.Add(Found("null-coalescing assignment ??=", a)); break;
                case MemberExpressionAst m when m.NullConditional: ps7.Add(Found("null-conditional ?.", m)); break;
                case IndexExpressionAst i when i.NullConditional: ps7.Add(Found("null-conditional ?[]", i)); break;
                case PipelineAst p when p.Background: ps7.Add(Found("background operator &", p)); break;
                case ScriptBlockAst sb when sb.CleanBlock != null: ps7.Add(Found("clean block", sb)); break;
                case CommandAst cmd:
                    var name = cmd.GetCommandName();
                    var parameters = cmd.CommandElements.OfType<CommandParameterAst>().Select(x => x.ParameterName).ToList();
                    commands.Add(new Dictionary<string, object> { ["name"] = name, ["parameters"] = parameters, ["line"] = cmd.Extent.StartLineNumber, ["text"] = cmd.Extent.Text, ["offset"] = cmd.Extent.StartOffset });
                    if (name != null && Ps6Cmdlets.Contains(name)) ps7.Add(Found("cmdlet " + name + " (PowerShell 6+)", cmd));
                    if (name != null && (name.Equals("ForEach-Object", StringComparison.OrdinalIgnoreCase) || name == "%" || name.Equals("foreach", StringComparison.OrdinalIgnoreCase))
                        && parameters.Any(x => x.Equals("Parallel", StringComparison.OrdinalIgnoreCase))) ps7.Add(Found("ForEach-Object -Parallel", cmd));
                    if (name != null && name.Equals("ConvertFrom-Json", StringComparison.OrdinalIgnoreCase) && parameters.Any(x => x.Equals("AsHashtable", StringComparison.OrdinalIgnoreCase))) ps7.Add(Found("ConvertFrom-Json -AsHashtable", cmd));
                    break;
            }
        }
        return new Dictionary<string, object>
        {
            ["errors"] = errors.Select(e => new Dictionary<string, object> { ["message"] = e.Message, ["line"] = e.Extent.StartLineNumber, ["column"] = e.Extent.StartColumnNumber, ["id"] = e.ErrorId }).ToList(),
            ["strings"] = strings.OrderBy(s => (int)s["offset"]).ToList(),
            ["commands"] = commands.OrderBy(c => (int)c["offset"]).ToList(),
            ["ps7Only"] = ps7,
            ["functions"] = functions.ToList(),
            ["types"] = types.ToList(),
            ["comments"] = tokens.Where(t => t.Kind == TokenKind.Comment).Select(t => t.Text).ToList(),
        };
    }

    static Dictionary<string, object> StringInfo(ExpressionAst s, string kind, string value)
    {
        var parent = s.Parent;
        return new Dictionary<string, object>
        {
            ["kind"] = kind,
            ["value"] = value,
            ["text"] = s.Extent.Text,
            ["line"] = s.Extent.StartLineNumber,
            ["offset"] = s.Extent.StartOffset,
            ["parent"] = parent == null ? null : parent.GetType().Name,
            ["command"] = parent is CommandAst c ? c.GetCommandName() : null,
        };
    }

    public static string AnalyseAll(string[] scripts)
    {
        return JsonSerializer.Serialize(scripts.Select(Analyse).ToList());
    }
}
