using System.Globalization;
using AiotHub.Core.Devices;
using AiotHub.Core.Persistence.Backup;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Backup;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// POST /api/v1/backup — a consistent archive of the whole hub (docs/api.md "Backup"), taken while it runs, for
/// <c>aiothub restore</c>. Policy: signed in, then the owner of the default home alone (the hub's first owner, whose
/// setup made it): the archive holds every household's data, the credential hashes and the CA key. One at a time:
/// 409 while another is being taken.
/// </summary>
internal static class BackupApi
{
    public static IEndpointRouteBuilder MapBackupApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/backup", PostBackup).WithTags("Hub").RequireAuthorization(AccessPolicy.SignedIn)
            .Produces<Stream>(StatusCodes.Status200OK, contentType: BackupArchive.MediaType)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status500InternalServerError);
        return app;
    }

    internal static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> PostBackup(
        HttpContext context, HubBackup backup, TimeProvider time, ILogger<HubBackup> logger)
    {
        var token = context.GetAccessToken();
        if (token?.RoleIn(DeviceRegistry.DefaultHomeId) != AccessRole.Owner)
            return TypedResults.Problem("A backup holds every home's data, the credential hashes and the CA key: only the owner of the default home (the hub's owner) may take one.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
        if (backup.TryBegin() is not { } lease)
        {
            BackupLog.Refused(logger, "another backup is being taken");
            return ApiProblems.Conflict("A backup is being taken; try again when it has finished.");
        }

        // From the request to the archive's last byte: past Backup:Timeout the response is cut (a truncated archive fails restore's checks).
        var timeout = new CancellationTokenSource(backup.Options.Timeout, time);
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, timeout.Token);
        context.Response.RegisterForDispose(timeout);
        context.Response.RegisterForDispose(cancel);
        BackupSnapshot? snapshot = null;
        try
        {
            snapshot = await backup.TakeAsync(lease, token.Id, cancel.Token);
        }
        catch (BackupTooLargeException e)
        {
            BackupLog.Refused(logger, e.Message);
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or OperationCanceledException)
        {
            BackupLog.Failed(logger, e);
            return TypedResults.Problem("The backup could not be taken; the hub's log says why.", statusCode: StatusCodes.Status500InternalServerError, title: "Backup failed.");
        }
        finally
        {
            // Whatever went wrong, the next backup may start.
            if (snapshot is null)
                lease.Dispose();
        }

        context.Response.RegisterForDispose(snapshot);
        var name = string.Create(CultureInfo.InvariantCulture, $"aiothub-backup-{snapshot.Manifest.Created.UtcDateTime:yyyyMMdd-HHmmss}{BackupArchive.FileExtension}");
        return TypedResults.Stream(async body =>
        {
            try
            {
                await backup.WriteAsync(snapshot, body, cancel.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                BackupLog.Cut(logger, backup.Options.Timeout.TotalMilliseconds, "Backup:Timeout passed");
                context.Abort();
            }
            finally
            {
                snapshot.Dispose();
            }
        }, BackupArchive.MediaType, name);
    }
}
