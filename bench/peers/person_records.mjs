// The person record of bench/person_records.cc, made with @faker-js/faker.
// Usage: node person_records.mjs SECONDS > /dev/null
// Prints {"impl":"faker-js",...} on stderr.
import { faker } from '@faker-js/faker';

const seconds = Number(process.argv[2] || 3);
faker.seed(42);
const refDate = new Date('2026-01-01T00:00:00Z');
const out = [];
let n = 0;
const start = process.hrtime.bigint();
const deadline = start + BigInt(Math.round(seconds * 1e9));
while (true) {
  for (let k = 0; k < 1000; ++k) {
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    out.push(JSON.stringify({
      first_name: first,
      last_name: last,
      email: faker.internet.email({ firstName: first, lastName: last }),
      phone: faker.phone.number(),
      street_address: faker.location.streetAddress(),
      city: faker.location.city(),
      postal_code: faker.location.zipCode(),
      birthdate: faker.date.birthdate({ refDate }).toISOString().slice(0, 10),
      uuid: faker.string.uuid(),
    }));
  }
  n += 1000;
  process.stdout.write(out.join('\n') + '\n');
  out.length = 0;
  if (process.hrtime.bigint() >= deadline) break;
}
const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
const rss = Math.round(process.resourceUsage().maxRSS);
process.stderr.write(JSON.stringify({
  impl: 'faker-js', records: n, seconds: elapsed,
  records_per_second: Math.round(n / elapsed), peak_rss_kib: rss,
}) + '\n');
