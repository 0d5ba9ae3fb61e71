"""The person record of bench/person_records.cc, made with Python Faker.

Usage: python3 person_records.py SECONDS > /dev/null
Prints {"impl":"python-faker",...} on stderr.
"""
import json
import resource
import sys
import time

try:
    from faker import Faker
    fake = Faker()
except ImportError:  # very old releases only had the factory
    from faker import Factory
    fake = Factory.create()

fake.seed(42) if hasattr(fake, "seed") else None


def birthdate():
    if hasattr(fake, "date_of_birth"):
        return fake.date_of_birth(minimum_age=18, maximum_age=80).isoformat()
    return fake.date()


seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
n = 0
start = time.perf_counter()
write = sys.stdout.write
while True:
    lines = []
    for _ in range(100):
        lines.append(json.dumps({
            "first_name": fake.first_name(),
            "last_name": fake.last_name(),
            "email": fake.email(),
            "phone": fake.phone_number(),
            "street_address": fake.street_address(),
            "city": fake.city(),
            "postal_code": fake.postcode(),
            "birthdate": birthdate(),
            "uuid": fake.uuid4(),
        }))
    write("\n".join(lines) + "\n")
    n += 100
    if time.perf_counter() - start >= seconds:
        break
elapsed = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sys.stderr.write(json.dumps({
    "impl": "python-faker", "records": n, "seconds": elapsed,
    "records_per_second": round(n / elapsed), "peak_rss_kib": rss,
}) + "\n")
