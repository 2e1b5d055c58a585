using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Feedback;

/// <summary>The checks a report's or an answer's text passes: present, at most <see cref="MaxLength"/> characters, no control characters but line breaks and tabs.</summary>
internal static class FeedbackText
{
    public const int MaxLength = 2_000;

    /// <summary>The trimmed text, or null with the problem added to <paramref name="errors"/>.</summary>
    public static string? Read(string? text, string path, List<ProfileError> errors)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            errors.Add(new(path, "a text saying what happened (1–2,000 characters)"));
        else if (trimmed.Length > MaxLength)
            errors.Add(new(path, $"at most {MaxLength} characters (this one has {trimmed.Length})"));
        else if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            errors.Add(new(path, "no control characters but line breaks and tabs"));
        else
            return trimmed;
        return null;
    }
}
