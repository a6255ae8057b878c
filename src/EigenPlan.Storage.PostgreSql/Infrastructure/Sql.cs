using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// Small helpers over Npgsql for plain SQL with positional parameters (<c>$1</c>, <c>$2</c>, …): one line per query,
/// nulls sent as SQL NULL. Commands run in the connection's current transaction.
/// </summary>
internal static class Sql
{
    public static NpgsqlCommand Command(this NpgsqlConnection connection, string sql, IEnumerable<object?> values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
        return command;
    }

    public static async Task<int> ExecuteAsync(this NpgsqlConnection connection, string sql, IEnumerable<object?> values, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static Task<int> ExecuteAsync(this NpgsqlConnection connection, string sql, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(sql, [], cancellationToken);

    /// <summary>The first row mapped, or default when there is none.</summary>
    public static async Task<T?> FirstOrDefaultAsync<T>(this NpgsqlConnection connection, string sql, IEnumerable<object?> values,
        Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? map(reader) : default;
    }

    public static async Task<List<T>> ListAsync<T>(this NpgsqlConnection connection, string sql, IEnumerable<object?> values,
        Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    /// <summary>A single value (the first column of the first row); default when there is no row or it is NULL.</summary>
    public static async Task<T?> ScalarAsync<T>(this NpgsqlConnection connection, string sql, IEnumerable<object?> values, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, values);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is null or DBNull ? default : (T)result;
    }

    public static byte[]? NullableBytes(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<byte[]>(ordinal);

    public static string? NullableString(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTime? NullableTime(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTime>(ordinal);

    /// <summary>A timestamptz as UTC (Npgsql gives UTC for timestamptz).</summary>
    public static DateTime Time(this NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTime>(ordinal);
}
