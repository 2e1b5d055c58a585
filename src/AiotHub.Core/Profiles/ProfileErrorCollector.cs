namespace AiotHub.Core.Profiles;

/// <summary>Collects every problem up to <see cref="ProfileLimits.MaxErrors"/>, then one summary line.</summary>
internal sealed class ProfileErrorCollector
{
    private readonly List<ProfileError> _errors = [];
    private int _dropped;

    public int Count => _errors.Count + _dropped;

    public void Add(string path, string message)
    {
        if (_errors.Count < ProfileLimits.MaxErrors)
            _errors.Add(new ProfileError(path, message));
        else
            _dropped++;
    }

    public IReadOnlyList<ProfileError> ToList()
    {
        if (_dropped == 0)
            return _errors.ToArray();
        return [.. _errors, new ProfileError(JsonPath.Root, $"{_dropped} more errors not shown")];
    }
}
