using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AiotHub.Browser.Tests;

/// <summary>
/// Checks that a page shown in Chinese has no English left: every visible text and every accessible name a person meets
/// (aria-label, placeholder, title, alt; the options of a visible list), except the home's own names, units, the brand
/// and what the app marks as not for translation — an element with <c>translate="no"</c> (codes, ids) or with a
/// <c>lang</c> that is not Chinese (an utterance someone said in English, the "English" choice of the language switch).
/// Any test can call it once its page is in Chinese:
/// <code>await NoEnglish.AssertNoEnglishAsync(page, await NoEnglish.HomeNamesAsync(hub, ct));</code>
/// </summary>
internal static partial class NoEnglish
{
    /// <summary>Always allowed: the brand and unit symbols that Chinese text writes in Latin letters too.</summary>
    public static readonly IReadOnlyList<string> AlwaysAllowed = ["AiotHub", "kWh", "°C", "°F", "lx", "rpm", "ppm", "Pa", "µg/m³"];

    /// <summary>Technical terms Chinese apps write in Latin letters too (JSON 视图, Cron 表达式, Webhook, URL, ID, MQTT).</summary>
    public static readonly IReadOnlyList<string> TechnicalTerms = ["JSON", "Cron", "cron", "Webhook", "webhook", "Hook", "URL", "ID", "MQTT"];

    // What a person sees or hears of the page (or of one part of it): text nodes of visible elements, the accessible names
    // and placeholders of visible elements, and the options of a visible select (an option has no box of its own).
    private const string CollectScript = """
        (root) => {
          const notTranslated = (el) => el.closest('script, style, noscript, template, [translate="no"]')
            || (() => { const marked = el.closest('[lang]'); return marked && !marked.lang.toLowerCase().startsWith('zh'); })();
          const visible = (el) => {
            const box = el.closest('option') ? el.closest('select') : el;
            return box && box.checkVisibility({ visibilityProperty: true });
          };
          const texts = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            const text = node.data.replace(/\s+/g, ' ').trim();
            if (text && el && !notTranslated(el) && visible(el)) texts.push([text, 'text']);
          }
          const named = [root, ...root.querySelectorAll('[aria-label], [placeholder], [title], [alt], input[type=submit], input[type=button]')];
          for (const el of named) {
            if (!(el instanceof Element) || notTranslated(el) || !visible(el)) continue;
            for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
              const value = el.getAttribute(name);
              if (value && value.trim()) texts.push([value.trim(), name]);
            }
            if (el.matches('input[type=submit], input[type=button]') && el.value) texts.push([el.value, 'value']);
          }
          return texts;
        }
        """;

    /// <summary>Fails, quoting each text, when the page (or <paramref name="within"/>) shows an English word not in <paramref name="allowed"/>.</summary>
    public static async Task AssertNoEnglishAsync(IPage page, IEnumerable<string> allowed, ILocator? within = null)
    {
        // Each item: [the text, where it was: "text" or the attribute].
        var texts = within is null
            ? await page.EvaluateAsync<string[][]>($"({CollectScript})(document.body)")
            : await within.EvaluateAsync<string[][]>(CollectScript);
        var names = allowed.Concat(AlwaysAllowed).Concat(TechnicalTerms).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length).ToList();
        var english = texts.Where(t => EnglishWord().IsMatch(Without(t[0], names))).Select(t => t[1] == "text" ? t[0] : $"{t[0]} ({t[1]})").ToList();
        Assert.True(english.Count == 0, $"English left on {new Uri(page.Url).AbsolutePath}:\n  " + string.Join("\n  ", english));
    }

    /// <summary>The home's own names and texts, which stay as the household wrote them: home, rooms, devices, scenes, tokens and automations (names, aliases, descriptions).</summary>
    public static Task<IReadOnlyList<string>> HomeNamesAsync(BrowserHub hub, CancellationToken cancellationToken) => HomeNamesAsync(hub.Owner, cancellationToken);

    /// <summary>As <see cref="HomeNamesAsync(BrowserHub, CancellationToken)"/>, from another hub's owner client.</summary>
    public static async Task<IReadOnlyList<string>> HomeNamesAsync(HttpClient owner, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        var home = await owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home", cancellationToken);
        names.Add(home.GetProperty("name").GetString()!);
        if (home.TryGetProperty("rooms", out var rooms))
            names.AddRange(rooms.EnumerateArray().Select(r => r.GetProperty("name").GetString()!));
        foreach (var list in new[] { "devices", "scenes", "tokens", "automations" })
        {
            using var response = await owner.GetAsync($"/api/v1/homes/home/{list}", cancellationToken);
            if (!response.IsSuccessStatusCode)
                continue; // a hub without scenes or automations has no names of them to allow
            var answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var items = answer.ValueKind == JsonValueKind.Array ? answer : answer.GetProperty("items");
            foreach (var item in items.EnumerateArray())
            {
                foreach (var field in new[] { "name", "description" })
                {
                    if (item.TryGetProperty(field, out var text) && text.ValueKind == JsonValueKind.String)
                        names.Add(text.GetString()!);
                }

                if (item.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
                    names.AddRange(aliases.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!));
            }
        }

        return names;
    }

    private static string Without(string text, IEnumerable<string> names)
    {
        foreach (var name in names)
            text = text.Replace(name, " ", StringComparison.Ordinal);
        return text;
    }

    // Two Latin letters or more: a word. Single letters are unit symbols (W, V, A, K) or parts of codes.
    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();
}
