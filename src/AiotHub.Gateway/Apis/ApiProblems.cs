using AiotHub.Core.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// RFC 7807 responses shared by the /api/v1 groups: validation problems keyed by the JSON path of
/// each offending field (every problem, not just the first), and plain not-found/conflict details.
/// </summary>
internal static class ApiProblems
{
    public static ValidationProblem Validation(IEnumerable<ProfileError> errors, string title = "The request is not valid.") =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            title: title);

    public static ValidationProblem Validation(string path, string message) => Validation([new ProfileError(path, message)]);

    /// <summary>404 for a home id the hub does not have.</summary>
    public static ProblemHttpResult HomeNotFound(string homeId) => NotFound($"No home '{homeId}'.");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict.", extensions: extensions);
}
