using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace AiotHub.Browser.Tests;

/// <summary>
/// axe-core (Vendor/axe-core, for the tests only) run on the page a test has open: any test can call
/// <see cref="AssertNoSeriousViolationsAsync"/> after it reached a state worth checking. Injected with Playwright's
/// evaluate, which the app's Content-Security-Policy (no inline scripts) does not apply to, so the page is checked
/// under the policy it really runs with.
/// </summary>
internal static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vendor", "axe-core", "axe.min.js")));

    /// <summary>axe's violations of impact serious or critical on the whole page, one line per rule with the elements it found.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(AxeSource.Value);
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`) }));
            }
            """);
        var violations = new List<string>();
        foreach (var violation in json.EnumerateArray())
        {
            var text = new StringBuilder($"{violation.GetProperty("id").GetString()} ({violation.GetProperty("impact").GetString()}): {violation.GetProperty("help").GetString()}");
            foreach (var node in violation.GetProperty("nodes").EnumerateArray())
                text.Append("\n    ").Append(node.GetString());
            violations.Add(text.ToString());
        }

        return violations;
    }

    /// <summary>Fails the test with every serious or critical violation axe finds on the page, naming <paramref name="where"/>.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where)
    {
        var violations = await SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe-core found serious or critical violations on {where}:\n" + string.Join("\n", violations));
    }
}
