namespace AiotHub.Core.Profiles;

/// <summary>Reports the second and later uses of an iid or name, pointing at the first.</summary>
internal sealed class UniqueTracker<TKey>(string what, ProfileErrorCollector errors)
    where TKey : notnull
{
    private readonly Dictionary<TKey, string> _firstUse = [];

    public void Check(TKey key, string path, string ownerPath)
    {
        if (_firstUse.TryGetValue(key, out var first))
            errors.Add(path, $"duplicate {what} {Show(key)}; already used by {first}");
        else
            _firstUse.Add(key, ownerPath);
    }

    private static string Show(TKey key) => key is string s ? JsonKinds.Quote(s) : key.ToString()!;
}
