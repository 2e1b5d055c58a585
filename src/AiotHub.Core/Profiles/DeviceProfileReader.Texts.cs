using System.Collections.ObjectModel;
using System.Text.Json;
using AiotHub.Core.Devices;

namespace AiotHub.Core.Profiles;

/// <summary>
/// <c>names</c> and <c>descriptions</c>: text people read or hear, by language tag, like MIoT-Spec-V2's per-language
/// descriptions. Tags are BCP 47 (<see cref="ProfileLanguages"/>), each language once whatever its spelling, at most
/// <see cref="ProfileLimits.MaxTextLanguages"/>; each text is visible text (<see cref="DisplayNames"/>) of bounded length.
/// </summary>
internal sealed partial class DeviceProfileReader
{
    private ReadOnlyDictionary<string, string>? ReadDescriptions(JsonFields fields) =>
        ReadTexts(fields, "descriptions", ProfileLimits.MaxDescriptionLength);

    private ReadOnlyDictionary<string, string>? ReadTexts(JsonFields fields, string key, int maxLength)
    {
        if (!fields.TryGet(key, out var element))
            return null;
        var path = fields.PathOf(key);
        if (element.ValueKind != JsonValueKind.Object)
        {
            _errors.Add(path, $"expected an object of language tag to text, like {{\"en\": \"…\", \"zh\": \"…\"}}, got {JsonKinds.Describe(element)}");
            return null;
        }

        var before = _errors.Count;
        var members = element.EnumerateObject().Take(ProfileLimits.MaxTextLanguages + 1).ToList();
        if (members.Count == 0)
            _errors.Add(path, "needs at least one language, like {\"en\": \"…\", \"zh\": \"…\"}");
        else if (members.Count > ProfileLimits.MaxTextLanguages)
            _errors.Add(path, $"has more than {ProfileLimits.MaxTextLanguages} languages; the limit is {ProfileLimits.MaxTextLanguages}");

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var spelledAs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in members.Take(ProfileLimits.MaxTextLanguages))
        {
            var memberPath = JsonPath.Member(path, member.Name);
            var tag = ProfileLanguages.Normalize(member.Name);
            if (ProfileLanguages.CountryMistakenForLanguage(member.Name) is { } meant)
            {
                _errors.Add(memberPath, $"{JsonKinds.Quote(member.Name)} starts with a country code, not a language; the language tag is {meant}");
            }
            else if (tag is null)
            {
                _errors.Add(memberPath, $"{JsonKinds.Quote(member.Name)} is not a language tag: BCP 47, at most {ProfileLanguages.MaxTagLength} characters, such as en, zh, zh-CN or pt-BR");
            }
            else if (spelledAs.TryGetValue(tag, out var first))
            {
                _errors.Add(memberPath, first == member.Name
                    ? "duplicate key"
                    : $"duplicate language: {JsonKinds.Quote(member.Name)} is {tag}, already given as {JsonKinds.Quote(first)}");
                tag = null;
            }
            else
            {
                spelledAs.Add(tag, member.Name);
            }

            var text = ReadText(member.Value, memberPath, maxLength);
            if (tag is not null && text is not null)
                texts.Add(tag, text);
        }

        return _errors.Count == before ? new ReadOnlyDictionary<string, string>(texts) : null;
    }

    private string? ReadText(JsonElement element, string path, int maxLength)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            _errors.Add(path, $"expected a string, got {JsonKinds.Describe(element)}");
            return null;
        }

        var text = element.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            _errors.Add(path, "must not be empty");
            return null;
        }

        if (text.Length > maxLength)
        {
            _errors.Add(path, $"is {text.Length} characters long; the limit is {maxLength}");
            return null;
        }

        if (DisplayNames.Problem(text) is { } problem)
        {
            // Shown in apps and spoken by the assistant: no control characters, line breaks or invisible format characters.
            var cut = problem.IndexOf(';', StringComparison.Ordinal);
            _errors.Add(path, (cut < 0 ? problem : problem[..cut]) + "; text people read must be visible text on one line");
            return null;
        }

        return text;
    }
}
