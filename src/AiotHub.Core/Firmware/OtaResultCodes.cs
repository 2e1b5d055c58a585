namespace AiotHub.Core.Firmware;

/// <summary>The result codes of docs/mqtt-protocol.md "Firmware updates", in the -43xx range of the device protocol.</summary>
public static class OtaResultCodes
{
    public const int Ok = 0;

    /// <summary>The download failed or stalled past the device's own retries.</summary>
    public const int DownloadFailed = -4301;

    /// <summary>The image's SHA-256 is not the offer's.</summary>
    public const int HashMismatch = -4302;

    /// <summary>Installing failed; the device still runs its old firmware.</summary>
    public const int ApplyFailed = -4303;

    /// <summary>Not enough storage for the image.</summary>
    public const int NoSpace = -4304;

    /// <summary>The device will not take this version (older, or below what it can update from).</summary>
    public const int VersionRefused = -4305;

    /// <summary>The device keeps no previous firmware to roll back to.</summary>
    public const int RollbackUnsupported = -4306;

    /// <summary>Another job is in progress on the device.</summary>
    public const int Busy = -4307;

    /// <summary>The job was cancelled.</summary>
    public const int Cancelled = -4308;

    /// <summary>The message could not be understood (unknown op, missing fields).</summary>
    public const int BadRequest = -4309;
}
