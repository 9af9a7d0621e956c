// English text of the price comparison.

export const pricesEn = {
  "prices.title": "Prices in clinics",
  "prices.lead":
    "What clinics in ten cities charge for one session, as the source articles and clinics' own price lists give it.",
  "prices.procedure": "Procedure",
  "prices.city": "City",
  "prices.allCities": "All cities",
  "prices.aboutProcedure": "About this procedure in the encyclopedia",
  "prices.none": "No prices are known for this procedure yet.",
  "prices.chartHeading": "Cities compared",
  "prices.chartTitle": "Price per session by city",
  "prices.chartDescription":
    "For each city a bar runs from the lowest to the highest price, with a dot at the median. Cities are ordered by median price.",
  "prices.chartRow": "{city}: {min} to {max}, median {median}",
  "prices.legendRange": "from the lowest to the highest price",
  "prices.legendMedian": "median",
  "prices.chartAsTable": "Show the chart as a table",
  "prices.min": "Lowest",
  "prices.median": "Median",
  "prices.max": "Highest",
  "prices.count": "Clinics",
  "prices.tableHeading": "Clinics",
  "prices.tableHeadingCity": "Clinics in {city}",
  "prices.tableCaption": "Clinics and their price per session",
  "prices.column.clinic": "Clinic",
  "prices.column.city": "City",
  "prices.column.price": "Price",
  "prices.column.source": "Source",
  "prices.unnamedClinic": "Name not given",
  "prices.priceListSource": "Price list of {organisation} ({file}, line {line}), imported {date}",
} as const;
