using System.Text;
using System.Text.RegularExpressions;
using AiotHub.Core.Tests.Profiles;

namespace AiotHub.Automation.Tests.VoiceCorpus;

/// <summary>
/// docs/voice.md's example exchanges are what the assistant does and says: each row is said to a fresh demo home
/// (<see cref="CorpusHome"/>) and its "what happens" and "answer" cells must be what happened and what was answered.
/// On a difference the whole table as it is now is printed, to paste.
/// </summary>
public sealed partial class DocsExchangesTests
{
    [Fact]
    public async Task EveryExampleExchangeInTheVoiceGuideIsWhatTheAssistantDoesAndSays()
    {
        var path = Path.Combine(RepositoryFiles.Docs, "voice.md");
        var rows = File.ReadAllLines(path).Select(l => Row().Match(l)).Where(m => m.Success).ToList();
        Assert.True(rows.Count >= 40, $"docs/voice.md has {rows.Count} example exchanges; it shows 20 per language");

        var differences = new List<string>();
        var table = new StringBuilder();
        foreach (var row in rows)
        {
            var said = row.Groups["said"].Value;
            var run = await CorpusRun.SayAsync(said);
            var happened = Happened(run);
            var answer = run.Result.Answer.Replace("|", "\\|", StringComparison.Ordinal);
            table.AppendLine($"| {said} | {happened} | {answer} |");
            if (happened != row.Groups["happened"].Value.Trim() || answer != row.Groups["answer"].Value.Trim())
                differences.Add($"  {said}: docs say [{row.Groups["happened"].Value.Trim()}] \"{row.Groups["answer"].Value.Trim()}\", the assistant [{happened}] \"{answer}\"");
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences) + "\n\nThe rows as they are now:\n" + table);
    }

    /// <summary>What happened, as the guide shows it: commands, scene runs, mode changes, timers; "nothing" when nothing did.</summary>
    private static string Happened(CorpusRun run) =>
        run.Effects.Count == 0 ? "nothing" : string.Join("; ", run.Effects.Select(e => "`" + e.ToString().Replace("|", "\\|", StringComparison.Ordinal) + "`"));

    [GeneratedRegex(@"^\| (?<said>[^|`]+?) \| (?<happened>nothing|`.*`) \| (?<answer>.*) \|$")]
    private static partial Regex Row();
}
