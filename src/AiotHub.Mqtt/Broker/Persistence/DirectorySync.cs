using System.Runtime.InteropServices;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// fsync of a directory, which makes a file creation or rename inside it durable on Linux
/// (fsync of the file alone does not cover its directory entry). Needed only against power loss:
/// a killed process loses nothing the kernel already has. The BCL cannot open a directory, so
/// this calls libc; on Windows renames are journaled by NTFS and this does nothing.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fd = open(directory, ReadOnly);
        if (fd < 0)
        {
            throw new IOException($"Cannot open directory '{directory}' to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (fsync(fd) != 0)
            {
                throw new IOException($"fsync of directory '{directory}' failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = close(fd);
        }
    }

#pragma warning disable SYSLIB1054, CA5392 // LibraryImport needs unsafe code, which this project disallows; libc is a system library.
    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
#pragma warning restore SYSLIB1054, CA5392
}
