namespace AiotHub.Gateway.Devices;

/// <summary>How an upload ended (<see cref="ProfileUploads.UploadAsync"/>).</summary>
internal enum ProfileUploadOutcome
{
    Created,

    /// <summary>The version is not the model's newest plus one (or 1 for a new model).</summary>
    WrongVersion,

    /// <summary>The next version would pass <see cref="ProfileUploads.MaxVersion"/>.</summary>
    TooManyVersions,

    /// <summary>The namespace would hold more than <see cref="ProfileUploads.MaxNamespaceBytes"/>.</summary>
    NamespaceFull,
}
