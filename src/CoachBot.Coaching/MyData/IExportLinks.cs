using CoachBot.Protocol.Schema;

namespace CoachBot.Coaching.MyData;

/// <summary>
/// Where exported files wait for download on channels that cannot take them as attachments: the host
/// keeps them behind unguessable, single-use links that expire within minutes.
/// </summary>
public interface IExportLinks
{
    /// <summary>Stores the files for the person who sent <paramref name="activity"/>; null when no link can be made right now.</summary>
    Task<ExportLinks?> CreateAsync(Activity activity, IReadOnlyList<ExportFile> files, CancellationToken cancellationToken);
}
