import { locate } from '../../shared/postcode/locate.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';
import { outcodeFiles } from '../outcode-files.ts';

const USAGE = `Usage: signpost postcode <text> [--json]
Checks a postcode or district (outcode), and says where it is.
  --json   print the answer as JSON`;

/** `signpost postcode "s1 2he"`: 0 when we can place it, 1 with a plain message when not, 2 for wrong use. */
export async function postcode(args: string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(
    args,
    { options: { json: { type: 'boolean' } }, positionals: { min: 1, max: 1 }, usage: USAGE },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const text = parsed.positionals[0]!;
  const answer = await locate(text, { outcodes: outcodeFiles() });
  if (parsed.values.json) {
    io.out(
      JSON.stringify(answer.ok ? { ok: true, input: text, ...answer.place } : { input: text, ...answer }, null, 2),
    );
    return answer.ok ? 0 : 1;
  }
  if (!answer.ok) {
    io.out(answer.message);
    return 1;
  }
  const { place } = answer;
  io.out(
    [
      place.label === place.outcode
        ? `${place.label} is a postcode district (outcode).`
        : `${place.label} is a postcode.`,
      `District (outcode): ${place.outcode}`,
      `Area: ${place.area}`,
      `Place: ${place.latitude.toFixed(5)}, ${place.longitude.toFixed(5)} (the centre of ${place.outcode})`,
    ].join('\n'),
  );
  return 0;
}
