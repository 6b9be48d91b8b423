/** The six item lines of a 三公 template (预算 and 决算 alike), named from the one 三公 vocabulary. */
import { THREE_PUBLIC_LABELS as L } from '../tables/budget/vocabulary';

export interface ThreePublicLines {
  total: number;
  abroad: number;
  car: number;
  carPurchase: number;
  carUpkeep: number;
  reception: number;
  /** Each line's row and its label as published (numbered, the car's two parts indented). */
  labels: [number, string][];
}

export function threePublicLines(bodyTop: number): ThreePublicLines {
  const [total, abroad, car, carPurchase, carUpkeep, reception] = [0, 1, 2, 3, 4, 5].map((i) => bodyTop + i);
  return {
    total,
    abroad,
    car,
    carPurchase,
    carUpkeep,
    reception,
    labels: [
      [total, L.total],
      [abroad, `1.${L.abroad}`],
      [car, `2.${L.vehicle}`],
      [carPurchase, `   其中：（1）${L['vehicle-purchase']}`],
      [carUpkeep, `         （2）${L['vehicle-operation']}`],
      [reception, `3.${L.reception}`],
    ],
  };
}
